package org.referralnetwork.portal.platform.web;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.referralnetwork.portal.platform.DataSourceConfiguration;

/** The language each user chose, remembered by their Keycloak user id across sessions and devices. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LanguagePreferences {

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  public Optional<String> of(String userId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT language FROM user_preference WHERE user_id = ?")) {
      s.setString(1, userId);
      try (ResultSet row = s.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("language preference cannot be read", e);
    }
  }

  /** Writes or replaces the user's choice (MariaDB and MySQL both know ON DUPLICATE KEY UPDATE). */
  public void remember(String userId, String language) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "INSERT INTO user_preference (user_id, language, updated_at) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE language = VALUES(language), updated_at = VALUES(updated_at)")) {
      s.setString(1, userId);
      s.setString(2, language);
      s.setTimestamp(3, Timestamp.from(Instant.now()));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("language preference cannot be written", e);
    }
  }
}
