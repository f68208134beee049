package org.referralnetwork.portal.protection.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.referralnetwork.portal.platform.DataSourceConfiguration;
import org.referralnetwork.portal.protection.control.MasterKeyRing.MasterKey;

/**
 * The data keys: one per referral (or complaint), stored only wrapped by a master key. Plain JDBC
 * on the portal's transactional datasource, so a key is written in the caller's transaction and
 * can be read while an entity is being loaded. Opened keys are kept in memory for a while, so a
 * list page opens its keys with one query ({@link #preload}).
 */
@ApplicationScoped
public class DataKeys {

  private static final int MAX_CACHED = 20_000;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Inject MasterKeys masterKeys;

  private final Clock clock = Clock.systemUTC();

  @Inject
  @ConfigProperty(name = "portal.data-key-cache-seconds", defaultValue = "300")
  long cacheSeconds;

  /** An opened key, or the mark that it was destroyed. */
  private record Opened(Optional<SecretKey> key, Instant at) {}

  private final Map<Long, Opened> cache = new ConcurrentHashMap<>();

  /** A new data key, written (wrapped) in the current transaction; returns its id. */
  public long create() {
    long id = Envelope.newKeyId();
    SecretKey key = Envelope.newKey();
    try (Connection c = dataSource.getConnection()) {
      insert(c, masterKeys.ring().current(), id, key, clock.instant());
    } catch (SQLException e) {
      throw new IllegalStateException("data key cannot be written", e);
    }
    remember(id, Optional.of(key));
    return id;
  }

  /** Writes a data key, wrapped by the master key: the one way a data key enters the database. */
  public static void insert(Connection c, MasterKey master, long id, SecretKey key, Instant at) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(
        "INSERT INTO data_key (id, master_key_id, wrapped, created_at) VALUES (?, ?, ?, ?)")) {
      insert.setLong(1, id);
      insert.setString(2, master.id());
      insert.setBytes(3, Envelope.wrap(master.key(), master.id(), id, key));
      insert.setTimestamp(4, Timestamp.from(at));
      insert.executeUpdate();
    }
  }

  /** The opened key, or empty when it was destroyed. */
  public Optional<SecretKey> key(long id) {
    preload(List.of(id));
    Opened opened = cache.get(id);
    if (opened == null) {
      throw new IllegalStateException("data key " + id + " does not exist");
    }
    return opened.key();
  }

  /** Opens the keys of a page of rows with one query. */
  public void preload(Collection<Long> ids) {
    Instant freshSince = clock.instant().minusSeconds(cacheSeconds);
    List<Long> missing = ids.stream().distinct()
        .filter(id -> id != null && (!cache.containsKey(id) || cache.get(id).at().isBefore(freshSince))).toList();
    if (missing.isEmpty()) {
      return;
    }
    String marks = missing.stream().map(id -> "?").collect(Collectors.joining(","));
    MasterKeyRing ring = masterKeys.ring();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT id, master_key_id, wrapped FROM data_key WHERE id IN (" + marks + ")")) {
      for (int i = 0; i < missing.size(); i++) {
        s.setLong(i + 1, missing.get(i));
      }
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          long id = rows.getLong(1);
          byte[] wrapped = rows.getBytes(3);
          remember(id, wrapped == null ? Optional.empty() : Optional.of(unwrap(ring, rows.getString(2), id, wrapped)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("data keys cannot be read", e);
    }
  }

  /** Destroys a data key: whatever it sealed can no longer be read, here or in any copy of the database. */
  public void destroy(long id) {
    update("UPDATE data_key SET wrapped = NULL, destroyed_at = ? WHERE id = ?", Timestamp.from(clock.instant()), id);
    remember(id, Optional.empty());
  }

  /**
   * Wraps up to {@code max} data keys that a former master key wraps with the current one; returns
   * how many. Run until it returns 0 after adding a master key, then retire the old one.
   */
  public int rewrap(int max) {
    MasterKeyRing ring = masterKeys.ring();
    MasterKey current = ring.current();
    List<Object[]> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT id, master_key_id, wrapped FROM data_key WHERE master_key_id <> ? AND wrapped IS NOT NULL LIMIT ?")) {
      s.setString(1, current.id());
      s.setInt(2, max);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(new Object[] {r.getLong(1), r.getString(2), r.getBytes(3)});
        }
      }
      int done = 0;
      for (Object[] row : rows) {
        long id = (Long) row[0];
        SecretKey key = unwrap(ring, (String) row[1], id, (byte[]) row[2]);
        try (PreparedStatement u = c.prepareStatement(
            "UPDATE data_key SET master_key_id = ?, wrapped = ? WHERE id = ? AND master_key_id = ? AND wrapped IS NOT NULL")) {
          u.setString(1, current.id());
          u.setBytes(2, Envelope.wrap(current.key(), current.id(), id, key));
          u.setLong(3, id);
          u.setString(4, (String) row[1]);
          done += u.executeUpdate();
        }
      }
      return done;
    } catch (SQLException e) {
      throw new IllegalStateException("data keys cannot be rewrapped", e);
    }
  }

  /** How many live data keys a master key other than the current one still wraps. */
  public long wrappedByFormerMasterKeys() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT COUNT(*) FROM data_key WHERE master_key_id <> ? AND wrapped IS NOT NULL")) {
      s.setString(1, masterKeys.ring().current().id());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("data keys cannot be counted", e);
    }
  }

  private static SecretKey unwrap(MasterKeyRing ring, String masterId, long id, byte[] wrapped) {
    MasterKey master = ring.find(masterId).orElseThrow(() -> new IllegalStateException(
        "master key " + masterId + " is not configured: it still wraps data keys"));
    return Envelope.unwrap(master.key(), masterId, id, wrapped);
  }

  private void remember(long id, Optional<SecretKey> key) {
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(id, new Opened(key, clock.instant()));
  }

  private void update(String sql, Object... values) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("data key cannot be written", e);
    }
  }
}
