package org.referralnetwork.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.referralnetwork.portal.testing.CompiledClasses;

/**
 * What the portal keeps in a session (session- and view-scoped beans and everything their fields
 * hold) can be serialized, so that a cluster can replicate the session to another instance
 * (README, "Scale-out"). Injected beans are serializable proxies and are left out.
 */
class SessionStateTest {

  private static final String BASE = "org.referralnetwork.portal.";

  @Test
  void everythingASessionHoldsIsSerializable() throws Exception {
    List<String> problems = new ArrayList<>();
    Set<Class<?>> checked = new HashSet<>();
    List<Class<?>> sessionBeans = sessionHeldBeans();
    assertTrue(sessionBeans.size() > 10, "session beans found: " + sessionBeans);
    for (Class<?> bean : sessionBeans) {
      checkClass(bean, bean.getSimpleName(), checked, problems);
    }
    assertTrue(problems.isEmpty(), "not serializable: " + problems);
  }

  private static List<Class<?>> sessionHeldBeans() throws IOException, ClassNotFoundException {
    return CompiledClasses.ofThePortal().stream()
        .filter(type -> type.isAnnotationPresent(SessionScoped.class) || type.isAnnotationPresent(ViewScoped.class))
        .toList();
  }

  private static void checkClass(Class<?> type, String path, Set<Class<?>> checked, List<String> problems) {
    if (!checked.add(type)) {
      return;
    }
    if (!type.isPrimitive() && !type.isInterface() && !Serializable.class.isAssignableFrom(type)) {
      problems.add(path + " (" + type.getName() + ")");
      return;
    }
    if (!type.getName().startsWith(BASE) || Enum.class.isAssignableFrom(type)) {
      return; // libraries' serializable classes are trusted with their fields; an enum travels by name
    }
    for (Class<?> level = type; level != null && level.getName().startsWith(BASE); level = level.getSuperclass()) {
      for (Field field : level.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)
            || field.isAnnotationPresent(EJB.class)) {
          continue;
        }
        checkType(field.getGenericType(), path + "." + field.getName(), checked, problems);
      }
    }
  }

  private static void checkType(Type type, String path, Set<Class<?>> checked, List<String> problems) {
    if (type instanceof Class<?> plain) {
      checkClass(plain.isArray() ? plain.getComponentType() : plain, path, checked, problems);
    } else if (type instanceof ParameterizedType generic) {
      Class<?> raw = (Class<?>) generic.getRawType();
      if (!Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)) {
        checkClass(raw, path, checked, problems);
      }
      // the elements of a list or a table's rows travel with the session too
      for (Type argument : generic.getActualTypeArguments()) {
        checkType(argument, path + "<>", checked, problems);
      }
    }
  }
}
