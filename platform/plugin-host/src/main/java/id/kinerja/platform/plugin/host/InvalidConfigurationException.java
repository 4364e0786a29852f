package id.kinerja.platform.plugin.host;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a region's configuration of a factory is not valid; carries every problem found. */
public final class InvalidConfigurationException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<ConfigurationProblem> problems;

  /**
   * @param problems what is wrong, at least one
   */
  public InvalidConfigurationException(List<ConfigurationProblem> problems) {
    super(
        problems.stream()
            .map(p -> p.property() == null ? p.messageEn() : p.property() + ": " + p.messageEn())
            .collect(Collectors.joining("; ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid configuration has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** What is wrong, in the order of the factory's declared properties. */
  public List<ConfigurationProblem> problems() {
    return problems;
  }
}
