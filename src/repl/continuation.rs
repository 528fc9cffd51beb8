//! When the friendly REPL asks for another line: MicroPython's rule, so
//! typing behaves as on a board. Input continues while a bracket or a
//! triple-quoted string is open, after a trailing backslash, and, for input
//! that starts with a compound statement, until an empty line.

/// Whether `input` (lines joined by `\n`) needs more lines.
pub fn needs_more_input(input: &str) -> bool {
    let b = input.as_bytes();
    let Some(&last) = b.last() else {
        return false;
    };
    let compound = b[0] == b'@'
        || ["if", "while", "for", "try", "with", "def", "class", "async"]
            .iter()
            .any(|kw| starts_with_word(input, kw));

    #[derive(PartialEq, Clone, Copy)]
    enum Quote {
        None,
        Single(u8),
        Triple(u8),
    }
    let mut quote = Quote::None;
    let mut depth = 0i32;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match (quote, c) {
            (_, b'\'' | b'"') => {
                let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                match quote {
                    Quote::None if triple => {
                        quote = Quote::Triple(c);
                        i += 2;
                    }
                    Quote::None => quote = Quote::Single(c),
                    Quote::Triple(q) if q == c && triple => {
                        quote = Quote::None;
                        i += 2;
                    }
                    Quote::Single(q) if q == c => quote = Quote::None,
                    _ => {}
                }
            }
            (Quote::None, b'#') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            (Quote::Single(_) | Quote::Triple(_), b'\\') => i += 1,
            (Quote::None, b'(' | b'[' | b'{') => depth += 1,
            (Quote::None, b')' | b']' | b'}') => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    if matches!(quote, Quote::Triple(_)) {
        return true;
    }
    if depth > 0 && quote == Quote::None {
        return true;
    }
    if last == b'\\' {
        return true;
    }
    compound && last != b'\n'
}

fn starts_with_word(s: &str, word: &str) -> bool {
    s.strip_prefix(word).is_some_and(|rest| {
        !rest
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}
