//! Programs (generated, or raw source after a NUL byte) run on
//! representation C with a 64 KiB heap, a jump budget and a depth limit:
//! every run ends without a panic and leaves the VM usable.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| mupy_fuzz::run_target::<mupy_reprs::C>(data));
