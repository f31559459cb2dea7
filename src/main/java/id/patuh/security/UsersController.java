package id.patuh.security;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/admin/users}: who may sign in, with roles and tenants, never a password hash. */
@RestController
class UsersController {

    private final UserDirectory users;

    UsersController(UserDirectory users) {
        this.users = users;
    }

    @GetMapping("/api/admin/users")
    List<Map<String, Object>> users() {
        return users.describe();
    }
}
