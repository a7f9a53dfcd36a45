package dev.flaxen.random;

/**
 * Which of JAX's two Threefry counter layouts a {@link PRNGKey} uses: JAX's flag
 * {@code jax_threefry_partitionable}. The mode travels with the key: {@code split} and {@code foldIn}
 * keep it and every sampler obeys it. Seeding and {@code foldIn} give the same key data in both modes;
 * {@code split} and every sampler differ.
 *
 * <pre>{@code
 * PRNGKey key = PRNGKey.of(0, ThreefryMode.LEGACY);   // numbers as JAX 0.4.x printed them
 * }</pre>
 */
public enum ThreefryMode {
    /**
     * {@code jax_threefry_partitionable=True}, JAX's default since 0.5.0 (January 2025): element {@code i}
     * hashes the counter {@code i}, so any slice of an array can be made on its own.
     */
    PARTITIONABLE,
    /**
     * {@code jax_threefry_partitionable=False}, JAX's default up to 0.4.38: the counters are split into
     * two halves hashed pairwise. Use it to reproduce numbers from older JAX runs, papers and notebooks.
     */
    LEGACY;

    /**
     * The mode's name as JAX's flag would describe it.
     *
     * @return {@code "partitionable"} or {@code "legacy"}
     */
    @Override
    public String toString() {
        return this == PARTITIONABLE ? "partitionable" : "legacy";
    }
}
