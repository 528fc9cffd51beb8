//! Whether REPL input is complete or needs another line (MicroPython's
//! `mp_repl_continue_with_input` rules).
//!
//! `source` is the lines entered so far joined by `\n`, without a newline
//! after the last one; so an empty last line shows as a trailing `\n`. Input
//! needs more when a bracket or a triple-quoted string is open, when it ends
//! with a backslash, or when it starts a compound statement (or a line ends
//! with `:`) and the last line entered is not empty.

const COMPOUND: [&str; 9] = [
    "if", "while", "for", "def", "class", "try", "with", "async", "@",
];

pub fn is_complete(source: &str) -> bool {
    let s = source.as_bytes();
    let mut depth = 0i32;
    let mut i = 0;
    let mut last_colon = false;
    while i < s.len() {
        let c = s[i];
        match c {
            b'#' => {
                while i < s.len() && s[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = i + 2 < s.len() && s[i + 1] == c && s[i + 2] == c;
                i += if triple { 3 } else { 1 };
                loop {
                    if i >= s.len() {
                        // An open triple-quoted string wants more; an open
                        // one-line string is an error the compiler reports.
                        return !triple;
                    }
                    if s[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if s[i] == b'\n' && !triple {
                        break;
                    }
                    if s[i] == c && (!triple || (i + 2 < s.len() && s[i + 1] == c && s[i + 2] == c))
                    {
                        i += if triple { 3 } else { 1 };
                        break;
                    }
                    i += 1;
                }
                last_colon = false;
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            _ => {}
        }
        if !c.is_ascii_whitespace() {
            last_colon = c == b':';
        }
        i += 1;
    }
    if depth > 0 || source.ends_with('\\') {
        return false;
    }
    let first = source.trim_start();
    let compound = COMPOUND.iter().any(|k| {
        first.starts_with(k)
            && first[k.len()..]
                .chars()
                .next()
                .is_none_or(|c| *k == "@" || !(c.is_alphanumeric() || c == '_'))
    });
    if compound || last_colon {
        return source.ends_with('\n');
    }
    true
}

#[cfg(test)]
mod tests {
    use super::is_complete;

    #[test]
    fn simple_lines_are_complete() {
        assert!(is_complete("x = 1"));
        assert!(is_complete("print('(')"));
        assert!(is_complete("iffy = 2"));
    }

    #[test]
    fn open_constructs_need_more() {
        assert!(!is_complete("x = (1,"));
        assert!(!is_complete("s = '''abc"));
        assert!(!is_complete("x = 1 + \\"));
        assert!(!is_complete("if x:"));
        assert!(!is_complete("for i in r:\n    print(i)"));
        assert!(is_complete("for i in r:\n    print(i)\n"));
        assert!(!is_complete("@dec"));
    }
}
