//! The parser on arbitrary text, in each mode: a tree or a SyntaxError.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mupy::compile::Mode;
use mupy::qstr::QstrPool;

fuzz_target!(|data: &[u8]| {
    let Some(src) = mupy_fuzz::as_source(data) else {
        return;
    };
    for mode in [Mode::File, Mode::Single, Mode::Eval] {
        let mut pool = QstrPool::new(u32::MAX);
        let _ = mupy::parse::parse(src, mode, &mut pool);
    }
});
