package id.kinerja.platform.plugin.host;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a class file refers to, read from its constant pool: the classes it names, and those
 * in the descriptors and signatures of its fields, methods and annotations. String literals do not
 * count, so a plugin may mention a platform class in a message.
 */
final class ClassReferences {

  private static final int MAGIC = 0xCAFEBABE;
  private static final Pattern IN_DESCRIPTOR = Pattern.compile("L([\\p{L}\\p{N}_$/]+)[;<]");

  private ClassReferences() {}

  /**
   * The binary names ({@code java.util.List}) of the classes a class file refers to.
   *
   * @throws IOException if the bytes are not a class file
   */
  static Set<String> of(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    List<Integer> classNames = new ArrayList<>();
    Set<Integer> literals = new HashSet<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7 -> classNames.add(in.readUnsignedShort());
        case 8 -> literals.add(in.readUnsignedShort());
        case 16, 19, 20 -> in.readUnsignedShort();
        case 15 -> in.skipBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          i++; // a long or a double takes two entries
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    Set<String> names = new TreeSet<>();
    for (int index : classNames) {
      String name = utf8[index];
      if (name != null && !name.startsWith("[")) {
        names.add(name.replace('/', '.'));
      }
    }
    for (int i = 1; i < count; i++) {
      if (utf8[i] != null && !literals.contains(i)) {
        Matcher m = IN_DESCRIPTOR.matcher(utf8[i]);
        while (m.find()) {
          names.add(m.group(1).replace('/', '.'));
        }
      }
    }
    return names;
  }
}
