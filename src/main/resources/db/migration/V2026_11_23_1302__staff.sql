-- Staff users (local accounts; OIDC is configuration) and the API tokens administrators issue to systems.
CREATE TABLE staff_user
(
  id            BIGSERIAL PRIMARY KEY,
  username      VARCHAR(100) NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]*$'),
  display_name  VARCHAR(200) NOT NULL,
  email         VARCHAR(320),
  password_hash VARCHAR(200) NOT NULL,
  roles         VARCHAR(20)[] NOT NULL,
  team          VARCHAR(50),
  enabled       BOOLEAN NOT NULL DEFAULT TRUE,
  created_at    TIMESTAMPTZ NOT NULL,
  version       BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE api_token
(
  id           BIGSERIAL PRIMARY KEY,
  name         VARCHAR(200) NOT NULL,
  token_hash   CHAR(64) NOT NULL UNIQUE,
  username     VARCHAR(100) NOT NULL REFERENCES staff_user (username),
  created_at   TIMESTAMPTZ NOT NULL,
  created_by   VARCHAR(100) NOT NULL,
  expires_at   TIMESTAMPTZ,
  revoked_at   TIMESTAMPTZ
);
