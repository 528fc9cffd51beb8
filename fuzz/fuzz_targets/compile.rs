//! The whole front end on arbitrary text, with the small-int widths of the
//! 32-bit and 64-bit representations: a module or a SyntaxError, never a
//! panic, and never an internal emitter error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mupy::compile::{compile, CompileConfig, Mode};
use mupy::qstr::{Interner, QstrPool};

fuzz_target!(|data: &[u8]| {
    let Some(src) = mupy_fuzz::as_source(data) else {
        return;
    };
    for bits in [31, 47] {
        let mut pool = QstrPool::new(u32::MAX);
        let file = pool.intern("<fuzz>").expect("one name fits");
        let cfg = CompileConfig {
            small_int_bits: bits,
            ..CompileConfig::default()
        };
        if let Err(e) = compile(src, file, Mode::File, &cfg, &mut pool) {
            // What the compiler reports when the emitter catches its bug.
            assert_ne!(e.message, "internal compiler error", "{e:?}");
        }
    }
});
