package org.referralnetwork.portal.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.testing.CompiledClasses;

/**
 * Session beans are injected with {@code @EJB}, not {@code @Inject}. Through CDI's proxy, Payara
 * finds a no-interface bean's delegate at every call by catching an {@code IllegalArgumentException}
 * ({@code EjbContainerServicesImpl.getEJBLocalObject}): 4.7 % of the portal's CPU in a profiled
 * burst of submissions (README, "Benchmarks"). {@code @EJB} hands over the container's own view.
 */
class SessionBeanInjectionTest {

  @Test
  void sessionBeansAreInjectedAsEnterpriseBeans() throws Exception {
    List<String> injected = new ArrayList<>();
    int sessionBeanFields = 0;
    for (Class<?> type : CompiledClasses.ofThePortal()) {
      for (Field field : type.getDeclaredFields()) {
        if (isSessionBean(field.getType())) {
          sessionBeanFields++;
          if (field.isAnnotationPresent(Inject.class)) {
            injected.add(type.getSimpleName() + "." + field.getName());
          }
        }
      }
    }
    assertTrue(sessionBeanFields > 20, "fields holding session beans found: " + sessionBeanFields);
    assertTrue(injected.isEmpty(), "session beans injected with @Inject instead of @EJB: " + injected);
  }

  private static boolean isSessionBean(Class<?> type) {
    return type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class);
  }
}
