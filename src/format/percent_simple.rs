//! The common `%`-templates (`"item%d" % i`, `"%s=%s" % (k, v)`) written
//! straight into a fixed buffer: only `%d`, `%i`, `%s` without flags, width
//! or precision, and `%%`, over small ints and texts. Anything else (or an
//! output longer than the buffer) answers `None`, and the caller runs the
//! full engine in `percent`, which also owns every error message.

/// An argument the simple path can render.
#[derive(Copy, Clone)]
pub enum Simple<'a> {
    Int(i64),
    Text(&'a str),
}

/// Output bytes the simple path builds in place.
pub const SIMPLE_MAX: usize = 128;

/// The conversions of `template` when all are simple: how many there are.
pub fn count_simple(template: &[u8]) -> Option<usize> {
    let mut n = 0;
    let mut i = 0;
    while i < template.len() {
        if template[i] == b'%' {
            match template.get(i + 1)? {
                b'd' | b'i' | b's' => n += 1,
                b'%' => {}
                _ => return None,
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    Some(n)
}

/// Renders `template` with `args` (exactly `count_simple(template)` of
/// them; `%d` and `%i` take ints only) into `buf`: the length written.
pub fn render_simple(
    template: &[u8],
    args: &[Simple<'_>],
    buf: &mut [u8; SIMPLE_MAX],
) -> Option<usize> {
    let mut out = 0;
    let mut next = 0;
    let mut i = 0;
    while i < template.len() {
        let c = template[i];
        if c != b'%' {
            *buf.get_mut(out)? = c;
            out += 1;
            i += 1;
            continue;
        }
        let code = *template.get(i + 1)?;
        i += 2;
        if code == b'%' {
            *buf.get_mut(out)? = b'%';
            out += 1;
            continue;
        }
        let text: &[u8] = match (*args.get(next)?, code) {
            (Simple::Int(v), _) => {
                let mut digits = [0u8; 20];
                let len = decimal(v, &mut digits);
                buf.get_mut(out..out + len)?.copy_from_slice(&digits[..len]);
                out += len;
                next += 1;
                continue;
            }
            (Simple::Text(t), b's') => t.as_bytes(),
            _ => return None,
        };
        buf.get_mut(out..out + text.len())?.copy_from_slice(text);
        out += text.len();
        next += 1;
    }
    (next == args.len()).then_some(out)
}

/// `v` in decimal at the start of `digits`: its length.
fn decimal(v: i64, digits: &mut [u8; 20]) -> usize {
    let mut m = v.unsigned_abs();
    let mut tmp = [0u8; 20];
    let mut n = 0;
    loop {
        tmp[n] = b'0' + (m % 10) as u8;
        n += 1;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    let mut len = 0;
    if v < 0 {
        digits[0] = b'-';
        len = 1;
    }
    for k in (0..n).rev() {
        if len < digits.len() {
            digits[len] = tmp[k];
            len += 1;
        }
    }
    len
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;

    fn run(t: &str, args: &[Simple<'_>]) -> Option<String> {
        let mut buf = [0u8; SIMPLE_MAX];
        let n = render_simple(t.as_bytes(), args, &mut buf)?;
        Some(String::from_utf8(buf[..n].to_vec()).unwrap())
    }

    #[test]
    fn renders_ints_texts_and_percent() {
        assert_eq!(run("item%d", &[Simple::Int(42)]).as_deref(), Some("item42"));
        assert_eq!(run("%i%%", &[Simple::Int(-7)]).as_deref(), Some("-7%"));
        assert_eq!(
            run("%s=%s", &[Simple::Text("k"), Simple::Int(i64::MIN)]).as_deref(),
            Some("k=-9223372036854775808")
        );
    }

    #[test]
    fn declines_what_the_engine_must_do() {
        assert_eq!(count_simple(b"%5d"), None);
        assert_eq!(count_simple(b"%(a)s"), None);
        assert_eq!(count_simple(b"50%"), None);
        assert_eq!(count_simple(b"a%db%s%%"), Some(2));
        assert_eq!(run("%d", &[Simple::Text("x")]), None);
        assert_eq!(run("%d", &[Simple::Int(1), Simple::Int(2)]), None);
        let long = "x".repeat(SIMPLE_MAX + 1);
        assert_eq!(run(&long, &[]), None);
    }
}
