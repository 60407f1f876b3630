package nl.meldpunt.platform;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Locked logins, for administrators: see them and unlock a user early. */
@RestController
@RequestMapping("/api/v1/admin/login-locks")
@Tag(name = "Administration")
class LoginLockAdminApi {

    private final LoginThrottle throttle;

    LoginLockAdminApi(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping
    @Operation(summary = "Current login locks (user names; client addresses only as hashes)")
    List<LoginThrottle.Lock> locks() {
        return throttle.locks();
    }

    @DeleteMapping("/{username}")
    @Operation(summary = "Unlock a user name now")
    ResponseEntity<Void> unlock(@PathVariable String username) {
        if (!throttle.unlockUser(username)) {
            throw new NotFound("Lock");
        }
        return ResponseEntity.noContent().build();
    }
}
