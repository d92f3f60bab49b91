package org.podium.launcher;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Outputs are written beside their target under a hidden temporary name, then moved into place,
 * so a failed export never leaves half a bulletin over the previous good one.
 */
final class AtomicOutput {

    private AtomicOutput() {
    }

    /** A name beside {@code target} that does not exist yet: {@code .name.tmp-1a2b3c4d}. */
    static Path temporarySibling(Path target) {
        return freeSibling(target, "tmp");
    }

    /** Replaces {@code target} (a file) with {@code written} in one rename. */
    static void moveFileIntoPlace(Path written, Path target) throws IOException {
        Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Replaces {@code target} (a folder) with {@code written}: a folder cannot be renamed over
     * another, so the old one is renamed away first and put back when the new one cannot go in.
     */
    static void moveFolderIntoPlace(Path written, Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = freeSibling(target, "old");
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteRecursively(old);
    }

    /** Deletes a file or a folder with everything in it; nothing when it does not exist. */
    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Like {@link #deleteRecursively} for cleaning up after a failure: the first failure must win. */
    static void deleteQuietly(Path path, Throwable failure) {
        try {
            deleteRecursively(path);
        } catch (NoSuchFileException e) {
            // Already gone: nothing to clean.
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static Path freeSibling(Path target, String kind) {
        Path parent = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        HexFormat hex = HexFormat.of();
        while (true) {
            String suffix = hex.toHexDigits(ThreadLocalRandom.current().nextInt());
            Path candidate = parent.resolve("." + name + "." + kind + "-" + suffix);
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return candidate;
            }
        }
    }
}
