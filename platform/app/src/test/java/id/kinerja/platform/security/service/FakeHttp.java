package id.kinerja.platform.security.service;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Just enough of the Servlet and Jakarta Security types to drive the mechanism in a unit test. */
final class FakeHttp {

  private FakeHttp() {}

  /** A browser's session: attributes, an id that can change, and invalidation. */
  static final class Session {
    final Map<String, Object> attributes = new HashMap<>();
    String id = UUID.randomUUID().toString();
    boolean invalidated;

    HttpSession proxy() {
      return (HttpSession)
          Proxy.newProxyInstance(
              HttpSession.class.getClassLoader(),
              new Class<?>[] {HttpSession.class},
              (p, method, args) -> {
                if (invalidated && !method.getName().equals("getId")) {
                  throw new IllegalStateException("invalidated");
                }
                return switch (method.getName()) {
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  case "removeAttribute" -> attributes.remove((String) args[0]);
                  case "getId" -> id;
                  case "invalidate" -> {
                    invalidated = true;
                    yield null;
                  }
                  case "toString" -> "fake session";
                  case "hashCode" -> System.identityHashCode(p);
                  case "equals" -> p == args[0];
                  default -> throw new UnsupportedOperationException(method.getName());
                };
              });
    }
  }

  /** One request to {@code http://<host>:8080<path>}. */
  static final class Request {
    final String host;
    final String path;
    final Map<String, String[]> parameters = new LinkedHashMap<>();
    final Map<String, String> headers = new HashMap<>();
    final Map<String, Object> attributes = new HashMap<>();
    Session session;
    boolean sessionIdChanged;
    Principal principal;

    Request(String host, String path, Session session) {
      this.host = host;
      this.path = path;
      this.session = session;
    }

    Request param(String name, String value) {
      parameters.put(name, new String[] {value});
      return this;
    }

    Request header(String name, String value) {
      headers.put(name.toLowerCase(), value);
      return this;
    }

    HttpServletRequest proxy() {
      return (HttpServletRequest)
          Proxy.newProxyInstance(
              HttpServletRequest.class.getClassLoader(),
              new Class<?>[] {HttpServletRequest.class},
              (p, method, args) ->
                  switch (method.getName()) {
                    case "getServerName" -> host;
                    case "getServerPort" -> 8080;
                    case "getScheme" -> "http";
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getParameter" -> {
                      String[] values = parameters.get((String) args[0]);
                      yield values == null ? null : values[0];
                    }
                    case "getParameterMap" -> parameters;
                    case "getHeader" -> headers.get(((String) args[0]).toLowerCase());
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getUserPrincipal" -> principal;
                    case "getSession" -> {
                      boolean create = args == null || (Boolean) args[0];
                      if ((session == null || session.invalidated) && create) {
                        session = new Session();
                      }
                      yield session == null || session.invalidated ? null : session.proxy();
                    }
                    case "changeSessionId" -> {
                      if (session == null) {
                        throw new IllegalStateException("no session");
                      }
                      session.id = UUID.randomUUID().toString();
                      sessionIdChanged = true;
                      yield session.id;
                    }
                    case "toString" -> "fake";
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                  });
    }
  }

  /** The answer the mechanism writes. */
  static final class Response {
    int status = 200;
    final Map<String, String> headers = new HashMap<>();
    String contentType;
    StringWriter body = new StringWriter();

    String header(String name) {
      return headers.get(name.toLowerCase());
    }

    HttpServletResponse proxy() {
      return (HttpServletResponse)
          Proxy.newProxyInstance(
              HttpServletResponse.class.getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (p, method, args) ->
                  switch (method.getName()) {
                    case "setStatus" -> {
                      status = (Integer) args[0];
                      yield null;
                    }
                    case "setHeader" ->
                        headers.put(((String) args[0]).toLowerCase(), (String) args[1]);
                    case "setContentType" -> {
                      contentType = (String) args[0];
                      yield null;
                    }
                    case "getWriter" -> new PrintWriter(body, true);
                    case "resetBuffer" -> {
                      body = new StringWriter();
                      yield null;
                    }
                    case "flushBuffer" -> null;
                    case "toString" -> "fake";
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                  });
    }
  }

  /** What the mechanism told the container. */
  static final class Context {
    String caller;
    Set<String> groups;
    boolean didNothing;

    HttpMessageContext proxy(Response response) {
      return (HttpMessageContext)
          Proxy.newProxyInstance(
              HttpMessageContext.class.getClassLoader(),
              new Class<?>[] {HttpMessageContext.class},
              (p, method, args) ->
                  switch (method.getName()) {
                    case "doNothing" -> {
                      didNothing = true;
                      yield AuthenticationStatus.NOT_DONE;
                    }
                    case "redirect" -> {
                      response.status = 302;
                      response.headers.put("location", (String) args[0]);
                      yield AuthenticationStatus.SEND_CONTINUE;
                    }
                    case "notifyContainerAboutLogin" -> {
                      if (!(args[0] instanceof String name)) {
                        throw new UnsupportedOperationException("expected a name");
                      }
                      caller = name;
                      @SuppressWarnings("unchecked")
                      Set<String> given = (Set<String>) args[1];
                      groups = given;
                      yield AuthenticationStatus.SUCCESS;
                    }
                    case "toString" -> "fake";
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                  });
    }
  }
}
