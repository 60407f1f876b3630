package nl.meldpunt.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDir where the database files are kept
 * @param port 0 for a free port
 * @param clean delete the data directory before start (tests only)
 * @param durable fsync and synchronous commit; on for real use, tests may switch it off for speed
 * @param sharedBuffers PostgreSQL's shared_buffers
 */
@ConfigurationProperties("meldpunt.embedded-postgres")
record EmbeddedPostgresProperties(
        @DefaultValue("./data/postgres") String dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean,
        @DefaultValue("true") boolean durable,
        @DefaultValue("256MB") String sharedBuffers) {}
