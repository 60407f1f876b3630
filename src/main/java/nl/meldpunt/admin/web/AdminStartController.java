package nl.meldpunt.admin.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's start page: links to reference data, users and API tokens. */
@Controller
class AdminStartController {

    @GetMapping("/admin")
    String start() {
        return "admin/index";
    }
}
