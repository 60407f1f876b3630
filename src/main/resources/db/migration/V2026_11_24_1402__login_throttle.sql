-- Login throttling and lockout (platform.LoginThrottle): failed logins counted per user name and per client
-- address (kept only as a SHA-256 hash), in PostgreSQL so every node sees the same count.
CREATE TABLE login_throttle
(
  throttle_key VARCHAR(200) PRIMARY KEY,
  failures     INT         NOT NULL,
  window_start TIMESTAMPTZ NOT NULL,
  locked_until TIMESTAMPTZ
);
