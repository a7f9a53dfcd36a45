package dev.flaxen.nn;

import java.util.HashMap;
import java.util.Map;

/**
 * What a scope keeps across calls of its module within one run: its rng counters per stream and its children's
 * states. Flax's {@code rewound()} scope shares exactly this, while names and auto-name cursors start afresh per call.
 */
final class ScopeState {
    final Map<String, Integer> counters = new HashMap<>();
    final Map<String, ScopeState> children = new HashMap<>();
}
