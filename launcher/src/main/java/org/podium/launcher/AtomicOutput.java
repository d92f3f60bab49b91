package org.podium.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Outputs are written in a work folder beside their target ({@link Leftovers}), then moved into
 * place, so a failed or killed export never leaves half a bulletin over the previous good one.
 */
final class AtomicOutput {

    private AtomicOutput() {
    }

    /** Replaces {@code target} (a file) with {@code written} in one rename. */
    static void moveFileIntoPlace(Path written, Path target) throws IOException {
        Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Replaces {@code target} (a folder) with {@code written}: a folder cannot be renamed over
     * another, so the old one is moved into the work folder first, with its name beside it so that
     * a later run can put it back if this one is killed before the new one is in; it is put back at
     * once when the new one cannot go in.
     */
    static void moveFolderIntoPlace(Path work, Path written, Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Files.writeString(work.resolve(Leftovers.TARGET), target.getFileName().toString(), StandardCharsets.UTF_8);
        Path previous = work.resolve(Leftovers.PREVIOUS);
        Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
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
}
