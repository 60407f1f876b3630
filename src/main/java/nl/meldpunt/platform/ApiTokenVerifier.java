package nl.meldpunt.platform;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;

/** Turns a bearer token an administrator issued into the user it acts as. Implemented by the admin module. */
public interface ApiTokenVerifier {

    Optional<UserDetails> verify(String token);
}
