package org.podium.spi;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The version of the plugin interface (this package, the model and the report a plugin compiles
 * against), as {@code major.minor}. A plugin says which it was built for in its jar's manifest,
 * {@code Podium-SPI-Version: 0.1}; Podium refuses, with one line naming the jar, a plugin built for
 * another major version, or before 1.0 for another minor one (a plugin for a newer minor version
 * may call what this Podium lacks). A plugin that says nothing is loaded, and listed with "-".
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class SpiVersion {

    /** The plugin interface this Podium implements. */
    public static final String CURRENT = "0.1";

    /** The manifest attribute in which a plugin's jar names the interface it was built for. */
    public static final String MANIFEST_ATTRIBUTE = "Podium-SPI-Version";

    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})(?:\\.\\d+)?(?:-.*)?");

    private SpiVersion() {
    }

    /** What the jar of {@code type} declares, or null (no jar, no manifest, no such attribute). */
    static String declared(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                return null;
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                Manifest manifest = jar.getManifest();
                String value = manifest == null ? null : manifest.getMainAttributes().getValue(MANIFEST_ATTRIBUTE);
                return value == null || value.isBlank() ? null : value.strip();
            }
        } catch (URISyntaxException | IllegalArgumentException | IOException e) {
            // Unreadable here means unreadable for the class loader too, which says so itself.
            return null;
        }
    }

    /** Null when a plugin built for {@code declared} runs on this Podium; otherwise why it does not. */
    static String incompatibility(String declared) {
        Matcher plugin = MAJOR_MINOR.matcher(declared);
        if (!plugin.matches()) {
            return "declares " + MANIFEST_ATTRIBUTE + " '" + declared + "', which is not a version such as " + CURRENT;
        }
        Matcher host = MAJOR_MINOR.matcher(CURRENT);
        host.matches();
        int major = Integer.parseInt(plugin.group(1));
        int minor = Integer.parseInt(plugin.group(2));
        int hostMajor = Integer.parseInt(host.group(1));
        int hostMinor = Integer.parseInt(host.group(2));
        boolean fits = major == hostMajor && (major == 0 ? minor == hostMinor : minor <= hostMinor);
        return fits ? null : "is built for Podium's plugin interface " + declared + "; this Podium's is " + CURRENT;
    }
}
