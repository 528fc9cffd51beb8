//! The lexer on arbitrary text: every input ends in an end marker or a
//! SyntaxError, after a number of tokens bounded by the input's length.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mupy::lex::{Lexer, Tok};

fuzz_target!(|data: &[u8]| {
    let Some(src) = mupy_fuzz::as_source(data) else {
        return;
    };
    let mut lx = Lexer::new(src);
    // Each byte yields at most a token and a few DEDENTs at the end.
    let bound = 2 * src.len() + 2 * mupy::lex::MAX_INDENTS + 8;
    for _ in 0..bound {
        match lx.next_token() {
            Ok(t) if t.kind == Tok::EndMarker => return,
            Ok(_) => {}
            Err(_) => return,
        }
    }
    panic!("lexer did not finish in {bound} tokens");
});
