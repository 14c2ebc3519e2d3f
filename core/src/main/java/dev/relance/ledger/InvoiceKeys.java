package dev.relance.ledger;

import java.util.OptionalInt;

/**
 * The invoice keys (client and number) read so far, each with the row it was first read on, in
 * compact memory: a 64-bit hash of the key in an open-addressing table of primitives, 12 bytes
 * a slot, rather than a map of a million strings.
 *
 * <p>Two different keys with the same 64-bit hash would make the second row a false duplicate.
 * Among a million keys that happens with a probability of about 3 in 100 million (n squared over
 * 2 to the 65th), and its effect is visible: the row is reported as a problem and left out, never
 * claimed wrongly. Keeping the keys themselves to confirm each hit would cost the memory this
 * table saves.
 */
final class InvoiceKeys {

    private static final long EMPTY = 0;
    private static final int INITIAL_SLOTS = 1 << 10;

    private long[] hashes = new long[INITIAL_SLOTS];
    private int[] rows = new int[INITIAL_SLOTS];
    private int size;

    /** Returns the row the key was first put with, when it was. */
    OptionalInt find(String clientKey, String numberKey) {
        long hash = hash(clientKey, numberKey);
        int slot = slot(hash, hashes.length);
        while (hashes[slot] != EMPTY) {
            if (hashes[slot] == hash) {
                return OptionalInt.of(rows[slot]);
            }
            slot = (slot + 1) & (hashes.length - 1);
        }
        return OptionalInt.empty();
    }

    /** Puts a key not yet in the table, with its 0-based row. */
    void put(String clientKey, String numberKey, int row) {
        if ((size + 1) * 2 > hashes.length) {
            grow();
        }
        insert(hash(clientKey, numberKey), row);
        size++;
    }

    private void insert(long hash, int row) {
        int slot = slot(hash, hashes.length);
        while (hashes[slot] != EMPTY) {
            slot = (slot + 1) & (hashes.length - 1);
        }
        hashes[slot] = hash;
        rows[slot] = row;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new int[oldRows.length * 2];
        for (int slot = 0; slot < oldHashes.length; slot++) {
            if (oldHashes[slot] != EMPTY) {
                insert(oldHashes[slot], oldRows[slot]);
            }
        }
    }

    private static int slot(long hash, int slots) {
        return (int) (hash ^ (hash >>> 32)) & (slots - 1);
    }

    /**
     * Hashes the client key, a separator no key contains, and the number key: FNV-1a over the
     * characters, then a final mix so that similar keys (F000001, F000002) spread over the table.
     * Zero marks an empty slot, so a zero hash is moved to one.
     */
    static long hash(String clientKey, String numberKey) {
        long hash = 0xcbf29ce484222325L;
        hash = mix(hash, clientKey);
        hash = (hash ^ '\n') * 0x100000001b3L;
        hash = mix(hash, numberKey);
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash == EMPTY ? 1 : hash;
    }

    private static long mix(long start, String text) {
        long hash = start;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return hash;
    }
}
