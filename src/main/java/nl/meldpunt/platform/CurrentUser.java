package nl.meldpunt.platform;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting now, for history entries and access decisions. */
public final class CurrentUser {

    /** The actor recorded for submissions through the public form. */
    public static final String PUBLIC = "public-form";

    private CurrentUser() {}

    public static Optional<Authentication> authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.of(auth);
    }

    /** The user name, or {@link #PUBLIC} when nobody is logged in. */
    public static String name() {
        return authentication().map(Authentication::getName).orElse(PUBLIC);
    }

    public static boolean hasRole(Role role) {
        return authentication().stream()
                .flatMap(a -> a.getAuthorities().stream())
                .map(GrantedAuthority::getAuthority)
                .anyMatch(role.authority()::equals);
    }

    public static boolean hasAnyRole(Role... roles) {
        for (Role role : roles) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }
}
