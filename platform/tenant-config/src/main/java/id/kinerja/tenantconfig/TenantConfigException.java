package id.kinerja.tenantconfig;

/** A region's folder in tenants-config cannot be read; the message names the file and the fault. */
public class TenantConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TenantConfigException(String message, Throwable cause) {
    super(message, cause);
  }

  public TenantConfigException(String message) {
    super(message);
  }
}
