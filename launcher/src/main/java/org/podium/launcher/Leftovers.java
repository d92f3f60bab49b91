package org.podium.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The work folders of exports, and what killed runs leave of them. Every export works in a hidden
 * folder beside its target, named after it and after the run that made it:
 * {@code .<target>.podium-<pid>-<host>-<random>}, where {@code pid} is the process's id and
 * {@code host} four hex digits of the machine's name. It holds the output being written, the files
 * written beside it ({@link CompanionFiles}), the exporter's scratch files and, for the moment of the swap, the previous output of a folder. The
 * export deletes it when it ends; a run killed with {@code kill -9} cannot, so each run first
 * {@link #sweep sweeps} the output folder and removes the work folders of runs that are gone: on
 * this machine, a process that no longer runs (or whose id another process has taken since); from
 * another machine sharing the folder, one untouched for an hour. A running export's folder is never
 * touched. A previous output that a killed run had moved aside, and not yet replaced, is put back.
 */
public final class Leftovers {

    /** How long a work folder from another machine, whose process cannot be asked, must lie untouched. */
    public static final Duration GRACE = Duration.ofHours(1);

    /** File names are at most 255 bytes on every file system Podium writes to. */
    static final int MAX_NAME_BYTES = 255;

    static final String OUTPUT = "output";
    static final String SCRATCH = "scratch";
    /** Files an export writes beside its document, until it is complete ({@link CompanionFiles}). */
    static final String COMPANIONS = "companions";
    static final String PREVIOUS = "previous";
    /** Beside {@link #PREVIOUS}: the target's name, so a sweep can put the previous output back. */
    static final String TARGET = "target";

    private static final String MARK = ".podium-";
    private static final Pattern WORK = Pattern.compile("\\.(.*)\\.podium-([0-9]{1,19})-([0-9a-f]{4})-[0-9a-f]{8}");
    /** What Podium 0.1 left: {@code .name.tmp-1a2b3c4d} files and {@code .name.old-1a2b3c4d} previous folders. */
    private static final Pattern EARLIER = Pattern.compile("\\.(.+)\\.(tmp|old)-[0-9a-f]{8}");
    /** File times are coarse on some file systems; a process started this much later is still suspect. */
    private static final Duration CLOCK_SLACK = Duration.ofSeconds(2);

    static final long PID = ProcessHandle.current().pid();
    static final String HOST = hostId();

    private Leftovers() {
    }

    /** What a sweep did with one leftover. */
    public record Cleaned(Path leftover, Path restored, String failure) {

        /** Removed; {@code restored} is the output it put back first, or null. */
        static Cleaned removed(Path leftover, Path restored) {
            return new Cleaned(leftover, restored, null);
        }

        /** Left where it is: {@code failure} says why. */
        static Cleaned kept(Path leftover, String failure) {
            return new Cleaned(leftover, null, failure);
        }

        /** One line for people. */
        public String describe() {
            if (failure != null) {
                return "could not remove " + leftover + ", left by an interrupted run: " + failure;
            }
            return restored == null ? "removed " + leftover + ", left by an interrupted run"
                    : "put back " + restored + ", which an interrupted run had moved aside, and removed " + leftover;
        }
    }

    /**
     * Creates the work folder of one export of {@code target}, beside it: the caller writes there,
     * moves the result into place and deletes the folder, and a sweep removes it if the caller is killed.
     */
    public static Path create(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        String suffix = MARK + PID + "-" + HOST + "-";
        String name = cut(target.getFileName().toString(), MAX_NAME_BYTES - 1 - bytes(suffix) - 8);
        HexFormat hex = HexFormat.of();
        while (true) {
            Path candidate = parent.resolve("." + name + suffix + hex.toHexDigits(ThreadLocalRandom.current().nextInt()));
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                // Another export drew the same number: draw again.
            }
        }
    }

    /**
     * Removes from {@code folder} the work folders of runs that are gone, putting back a previous
     * output one of them had moved aside when its target is missing. Nothing when the folder does
     * not exist; a leftover that cannot be removed is reported, not thrown.
     */
    public static List<Cleaned> sweep(Path folder) {
        return sweep(folder, name -> name.startsWith("."));
    }

    /**
     * Like {@link #sweep(Path)}, only for the work folders of {@code targetName}: for a folder
     * shared with others, such as the system's temporary folder.
     */
    public static List<Cleaned> sweep(Path folder, String targetName) {
        String start = "." + targetName + MARK;
        return sweep(folder, name -> name.startsWith(start) && WORK.matcher(name).matches());
    }

    private static List<Cleaned> sweep(Path folder, java.util.function.Predicate<String> candidate) {
        List<Cleaned> cleaned = new ArrayList<>();
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            entries = listing.filter(p -> candidate.test(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            return cleaned;
        }
        for (Path entry : entries) {
            sweepOne(entry).ifPresent(cleaned::add);
        }
        return cleaned;
    }

    private static Optional<Cleaned> sweepOne(Path entry) {
        String name = entry.getFileName().toString();
        Matcher work = WORK.matcher(name);
        Matcher earlier = EARLIER.matcher(name);
        try {
            if (work.matches()) {
                long pid = Long.parseLong(work.group(2));
                if (!gone(entry, pid, work.group(3))) {
                    return Optional.empty();
                }
                Path restored = restore(entry.resolve(PREVIOUS), entry.resolve(TARGET), entry.getParent());
                AtomicOutput.deleteRecursively(entry);
                return Optional.of(Cleaned.removed(entry, restored));
            }
            if (earlier.matches() && untouchedFor(entry, GRACE)) {
                // Nothing says whose they are: only the grace period tells a running export's from a dead one's.
                Path target = entry.resolveSibling(earlier.group(1));
                if (earlier.group(2).equals("old") && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE);
                    return Optional.of(Cleaned.removed(entry, target));
                }
                AtomicOutput.deleteRecursively(entry);
                return Optional.of(Cleaned.removed(entry, null));
            }
            return Optional.empty();
        } catch (NoSuchFileException e) {
            // Its own run finished meanwhile and removed it.
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Cleaned.kept(entry, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** Whether the run that made a work folder is gone: never this process's, never a running one's. */
    static boolean gone(Path entry, long pid, String host) throws IOException {
        if (!host.equals(HOST)) {
            return untouchedFor(entry, GRACE);
        }
        if (pid == PID) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        // The id was taken by a process that started after the folder was last written: not its maker.
        Optional<Instant> started = process.get().info().startInstant();
        return started.isPresent() && started.get().isAfter(newest(entry).toInstant().plus(CLOCK_SLACK));
    }

    /** Moves {@code previous} back to its target when the target is missing; the target, or null. */
    private static Path restore(Path previous, Path targetName, Path folder) throws IOException {
        if (!Files.exists(previous, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(targetName)) {
            return null;
        }
        String name = Files.readString(targetName, StandardCharsets.UTF_8).strip();
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            return null;
        }
        Path target = folder.resolve(name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static boolean untouchedFor(Path entry, Duration grace) throws IOException {
        return newest(entry).toInstant().isBefore(Instant.now().minus(grace));
    }

    /** The latest modification time of a file, or of a folder and everything in it. */
    private static FileTime newest(Path entry) throws IOException {
        try (Stream<Path> all = Files.walk(entry)) {
            FileTime newest = FileTime.fromMillis(0);
            for (Path path : (Iterable<Path>) all::iterator) {
                FileTime time = Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
                if (time.compareTo(newest) > 0) {
                    newest = time;
                }
            }
            return newest;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@code text} cut to at most {@code max} UTF-8 bytes, never inside a character. */
    static String cut(String text, int max) {
        if (bytes(text) <= max) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int size = bytes(new String(Character.toChars(codePoint)));
            if (used + size > max) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return kept.toString();
    }

    static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Four hex digits of this machine's name: a work folder from another machine sharing the folder is told apart. */
    private static String hostId() {
        String name = null;
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(kernel)) {
                name = Files.readString(kernel, StandardCharsets.UTF_8).strip();
            }
        } catch (IOException | RuntimeException e) {
            name = null;
        }
        if (name == null || name.isEmpty()) {
            name = System.getenv("COMPUTERNAME") != null ? System.getenv("COMPUTERNAME") : System.getenv("HOSTNAME");
        }
        if (name == null || name.isEmpty()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (IOException | RuntimeException e) {
                name = "unknown";
            }
        }
        return String.format(Locale.ROOT, "%04x", name.toLowerCase(Locale.ROOT).hashCode() & 0xffff);
    }
}
