"""Reference files for dev.flaxen.io tests, beside the ones copied from shared/vectors/files.
Run from this folder: /work/venv/bin/python gen_io_reference.py  (flax 0.12.8, jax 0.10.2, numpy 2.4.6,
ml_dtypes 0.6.0, msgpack 1.x, safetensors 0.8.0). The tests never run Python; each test cites the call
below that wrote the file it reads."""
import jax, jax.numpy as jnp, numpy as np, ml_dtypes, flax, msgpack, safetensors, safetensors.numpy
from flax import serialization
from safetensors.numpy import save

print("versions jax", jax.__version__, "flax", flax.__version__, "numpy", np.__version__,
      "ml_dtypes", ml_dtypes.__version__, "msgpack", msgpack.version, "safetensors", safetensors.__version__)

def ar(n, dtype):  # n distinct values; for bool, alternating
    if dtype == 'bool':
        return np.arange(n) % 3 == 1
    d = ml_dtypes.bfloat16 if dtype == 'bfloat16' else np.dtype(dtype)
    x = np.arange(n) - n // 2
    if np.issubdtype(np.dtype(d), np.unsignedinteger):
        return np.array([int(np.iinfo(d).max) - 40 * n + 37 * i for i in range(n)], dtype=d)
    return (x / 4).astype(d) if np.dtype(d).kind == 'f' or d == ml_dtypes.bfloat16 else x.astype(d)

ALL = ['float64', 'float32', 'float16', 'bfloat16', 'int64', 'int32', 'int16', 'int8',
       'uint64', 'uint32', 'uint16', 'uint8', 'bool']

# 1. every dtype, 1-d and 0-d, in insertion order: flax.serialization.to_bytes(all_dtypes). numpy arrays,
#    since JAX without x64 would narrow int64/uint64; Flax writes numpy and JAX arrays alike (ext 1).
all_dtypes = {dt: {'v': ar(5, dt), 's': np.asarray(ar(5, dt)[3])} for dt in ALL}
open('all_dtypes.msgpack', 'wb').write(serialization.to_bytes(all_dtypes))

# 2. chunked leaves: MAX_CHUNK_SIZE lowered to 64 bytes, then flax.serialization.to_bytes(tree).
#    _chunk reads the module global at call time (flax/serialization.py: chunksize = max(1, int(MAX_CHUNK_SIZE / itemsize))).
serialization.MAX_CHUNK_SIZE = 64
chunked = {'params': {'embed': jnp.arange(35, dtype=jnp.float32).reshape(5, 7) / 8,   # 140 bytes: chunks of 16
                      'small': jnp.arange(3, dtype=jnp.float32),                      # 12 bytes: not chunked
                      'ids': jnp.arange(40, dtype=jnp.int16) - 20,                   # 80 bytes: chunks of 32
                      'edge': jnp.arange(16, dtype=jnp.float32)}}                    # 64 bytes: not chunked (> only)
open('chunked.msgpack', 'wb').write(serialization.to_bytes(chunked))
# 3. chunk size 5 bytes with float64 items: chunks of max(1, int(5 / 8)) = 1 element
serialization.MAX_CHUNK_SIZE = 5
open('chunked_one.msgpack', 'wb').write(serialization.to_bytes({'w': np.array([0.5, -1.0, 2.0])}))
serialization.MAX_CHUNK_SIZE = 2**30

# 4. a train-state-like dict with Python scalars, a numpy scalar, None and empty dicts:
#    flax.serialization.to_bytes(state) (in insertion order: msgpack_serialize(state) without in_place=True
#    copies the dict with jax.tree_util.tree_map, which sorts its keys)
state = {'step': 3, 'lr': 0.5, 'flag': True, 'big': 2**64 - 1, 'neg': -7, 'np_scalar': np.float32(1.5),
         'nothing': None, 'opt_state': {'0': {'count': jnp.asarray(0, jnp.int32)}, '1': {}}}
open('state_scalars.msgpack', 'wb').write(serialization.to_bytes(state))

# 5. safetensors: every dtype but BF16 from numpy, plus BF16 via ml_dtypes; names whose byte order,
#    UTF-16 order and insertion order differ; JSON escapes; a one-key metadata map (the Rust library
#    writes metadata in hash order, so more keys would not be reproducible).
tensors = {dt: ar(5, dt) for dt in ALL}
tensors.update({'z\u00e9': np.zeros(2, np.float32), '\uffff': np.ones(1, np.float32),
                '\U00010000': np.full(1, 2, np.float32), 'esc\n\t\x1f"\\/': np.zeros(0, np.float32),
                'scalar': np.array(7.5, np.float32)})
open('all_dtypes.safetensors', 'wb').write(save(tensors, metadata={'note': 'line\nbreak \u00e9 \U0001F600'}))
# 6. no tensors, no metadata: safetensors.numpy.save({})
open('empty.safetensors', 'wb').write(save({}))
# 7. an empty tensor and empty metadata: safetensors.numpy.save({'a': np.zeros(0, np.float32)}, metadata={})
open('empty_metadata.safetensors', 'wb').write(save({'a': np.zeros(0, np.float32)}, metadata={}))
# 8. no tensors and empty metadata: safetensors.numpy.save({}, metadata={}) writes the invalid header
#    '{},"__metadata__":{}}' (serde_json closes a map declared with 0 entries at once; Metadata::serialize
#    declares tensors.len() + metadata.len() entries), which safetensors.numpy.load rejects too.
invalid = save({}, metadata={})
open('python_invalid_empty_metadata.safetensors', 'wb').write(invalid)
try:
    safetensors.numpy.load(invalid)
except Exception as e:
    print('load(save({}, metadata={})) raises:', e)
for f in ['all_dtypes.msgpack', 'chunked.msgpack', 'chunked_one.msgpack', 'state_scalars.msgpack',
          'all_dtypes.safetensors', 'empty.safetensors', 'empty_metadata.safetensors',
          'python_invalid_empty_metadata.safetensors']:
    print(f, len(open(f, 'rb').read()))
print("restored chunked", {k: (v.dtype, v.shape) for k, v in serialization.msgpack_restore(open('chunked.msgpack', 'rb').read())['params'].items()})
print("restored state", serialization.msgpack_restore(open('state_scalars.msgpack', 'rb').read()))
print("all_dtypes values", {k: [v['v'].tolist(), v['s'].tolist()] for k, v in serialization.msgpack_restore(open('all_dtypes.msgpack', 'rb').read()).items()})
