package org.referralnetwork.portal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The portal's own classes as compiled, loaded without initialising them, for tests of its conventions. */
public final class CompiledClasses {

  private static final Path CLASSES = Path.of("target/classes");

  private CompiledClasses() {}

  public static List<Class<?>> ofThePortal() throws IOException, ClassNotFoundException {
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        classes.add(Class.forName(name, false, CompiledClasses.class.getClassLoader()));
      }
    }
    return classes;
  }
}
