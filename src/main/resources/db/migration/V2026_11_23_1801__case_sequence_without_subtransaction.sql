-- next_case_sequence (V..._1303) opened a subtransaction (a BEGIN ... EXCEPTION block) on every intake. Same
-- behaviour, but the block is only entered the first time a year's sequence is needed.
CREATE OR REPLACE FUNCTION next_case_sequence(yr INT) RETURNS BIGINT AS $$
BEGIN
  IF to_regclass(format('case_number_%s', yr)) IS NULL THEN
    BEGIN
      EXECUTE format('CREATE SEQUENCE IF NOT EXISTS case_number_%s', yr);
    EXCEPTION WHEN unique_violation OR duplicate_table THEN
      NULL;
    END;
  END IF;
  RETURN nextval(format('case_number_%s', yr));
END
$$ LANGUAGE plpgsql;
