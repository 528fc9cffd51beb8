//! Number algorithms: bigints over digit slices, float and int formatting.
