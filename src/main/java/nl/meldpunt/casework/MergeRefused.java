package nl.meldpunt.casework;

import nl.meldpunt.platform.RuleViolation;
import org.springframework.http.HttpStatus;

/** A merge or link the rules do not allow; {@link #rule()} names which rule. */
public class MergeRefused extends RuleViolation {

    private MergeRefused(String rule, String detail) {
        super(rule, HttpStatus.CONFLICT, detail);
    }

    /** A case cannot be merged into itself. */
    public static MergeRefused intoItself() {
        return new MergeRefused("merge-into-itself", "A case cannot be merged into itself.");
    }

    /** The surviving case must be open: not closed and not itself merged away. */
    public static MergeRefused intoClosedCase(String survivor) {
        return new MergeRefused("merge-into-closed-case",
                "Case " + survivor + " is closed or merged; merge into an open case.");
    }

    /** A case that was merged already is only a pointer. */
    public static MergeRefused alreadyMerged(String duplicate) {
        return new MergeRefused("case-already-merged", "Case " + duplicate + " was merged into another case already.");
    }

    /** A case cannot be linked to itself. */
    public static MergeRefused linkToItself() {
        return new MergeRefused("link-to-itself", "A case cannot be linked to itself.");
    }
}
