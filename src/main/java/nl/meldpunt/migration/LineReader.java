package nl.meldpunt.migration;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads a UTF-8 file line by line and knows the byte offset after each line, so that an import can checkpoint
 * "done up to here" and a resumed run can seek straight back to it.
 */
final class LineReader implements Closeable {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[4096];
    private long offset;
    private long lineNumber;
    private boolean atStart;

    LineReader(Path file, long startOffset, long startLine) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(startOffset);
        this.in = Channels.newInputStream(channel);
        this.offset = startOffset;
        this.lineNumber = startLine;
        this.atStart = startOffset == 0;
    }

    /** The next line without its line break, or null at the end of the file. */
    String next() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int chunk = position - start;
            if (length + chunk > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
            }
            System.arraycopy(buffer, start, line, length, chunk);
            length += chunk;
            offset += chunk;
            if (position < limit) {
                position++;
                offset++;
                break;
            }
        }
        lineNumber++;
        int begin = 0;
        if (atStart && length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
            begin = 3;
        }
        atStart = false;
        if (length > begin && line[length - 1] == '\r') {
            length--;
        }
        return new String(line, begin, length - begin, StandardCharsets.UTF_8);
    }

    /** Line number of the line last returned (1-based). */
    long lineNumber() {
        return lineNumber;
    }

    /** Byte offset just after the line last returned. */
    long offset() {
        return offset;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
