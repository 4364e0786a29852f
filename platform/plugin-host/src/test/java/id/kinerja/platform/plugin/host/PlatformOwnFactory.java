package id.kinerja.platform.plugin.host;

import id.kinerja.plugin.api.IndicatorProvider;
import id.kinerja.plugin.api.IndicatorProviderFactory;
import java.util.List;
import java.util.Map;

/**
 * A factory listed in the test class path's own {@code META-INF/services}: every plugin's class
 * loader sees that file through its parent, and the host must not offer this factory as a plugin's.
 */
public final class PlatformOwnFactory implements IndicatorProviderFactory {

  @Override
  public String id() {
    return "platform-own";
  }

  @Override
  public String nameId() {
    return "Milik platform";
  }

  @Override
  public String nameEn() {
    return "The platform's own";
  }

  @Override
  public IndicatorProvider create(Map<String, String> config) {
    return List::of;
  }
}
