package dev.flaxen.cli;

/**
 * The sizes of a GPT-2-shaped model ({@link Presets#gpt2(Gpt2Config)}), Hugging Face's {@code GPT2Config} names in
 * Java form: {@code vocab_size}, {@code n_positions}, {@code n_embd}, {@code n_layer}, {@code n_head}. The MLP is
 * {@code 4 * dModel} wide, as in GPT-2.
 *
 * <pre>{@code
 * Gpt2Config.SMALL.dModel();                          // 768
 * new Gpt2Config(1000, 64, 64, 2, 4).paramCount();     // 168192: a small model of the same structure
 * }</pre>
 *
 * @param vocabSize the number of tokens, rows of {@code wte}
 * @param contextLength the number of positions, rows of {@code wpe}
 * @param dModel the width of the residual stream
 * @param numLayers the number of blocks {@code h_0 ... h_<numLayers-1>}
 * @param numHeads the attention heads; must divide {@code dModel}
 */
public record Gpt2Config(int vocabSize, int contextLength, int dModel, int numLayers, int numHeads) {
    /** GPT-2 small: vocabulary 50257, context 1024, width 768, 12 layers, 12 heads; 124,439,808 parameters. */
    public static final Gpt2Config SMALL = new Gpt2Config(50257, 1024, 768, 12, 12);

    /**
     * Checks the sizes.
     *
     * @param vocabSize the number of tokens
     * @param contextLength the number of positions
     * @param dModel the width
     * @param numLayers the number of blocks
     * @param numHeads the attention heads
     * @throws IllegalArgumentException if a size is not positive or {@code numHeads} does not divide {@code dModel}
     */
    public Gpt2Config {
        int[] sizes = {vocabSize, contextLength, dModel, numLayers, numHeads};
        for (int size : sizes) {
            if (size <= 0) {
                throw new IllegalArgumentException("Gpt2Config: expected positive sizes, got " + describe(sizes));
            }
        }
        if (dModel % numHeads != 0) {
            throw new IllegalArgumentException("Gpt2Config: expected numHeads to divide dModel, got dModel " + dModel
                    + " and numHeads " + numHeads);
        }
        if ((long) dModel * 4 > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Gpt2Config: expected dModel <= " + Integer.MAX_VALUE / 4 + ", got "
                    + dModel);
        }
    }

    private static String describe(int[] s) {
        return "vocabSize " + s[0] + ", contextLength " + s[1] + ", dModel " + s[2] + ", numLayers " + s[3]
                + ", numHeads " + s[4];
    }

    /**
     * The number of parameters the model has: embeddings, 12 * dModel^2 + 13 * dModel per block, and the final
     * layer norm.
     *
     * <pre>{@code
     * Gpt2Config.SMALL.paramCount();   // 124439808
     * }</pre>
     *
     * @return the parameter count
     */
    public long paramCount() {
        long d = dModel;
        long block = 12 * d * d + 13 * d;
        return (long) vocabSize * d + (long) contextLength * d + numLayers * block + 2 * d;
    }
}
