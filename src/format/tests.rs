//! Tests of the formatting engine. The tables in `cases.rs` are generated
//! by `gen_cases.py` from CPython 3.11 (`python3 src/format/gen_cases.py >
//! src/format/cases.rs`); `test_runtime.rs` drives the engine with them the
//! way the real runtime will.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::{self, Write};

use super::brace;
use super::cases;
use super::error::{ErrorKind, FmtError};
use super::pad;
use super::percent;
use super::plan::{FloatPlan, IntPlan};
use super::spec::{Align, Grouping, Kind, Sign, Spec};
use super::test_runtime::*;

#[test]
fn format_str_matches_cpython() {
    for &(spec, value, want) in cases::STR {
        let mut out = String::new();
        let got = format_value(&s(value), spec, &mut out).map(|()| out.into_bytes());
        check(
            &format!("format({value:?}, {spec:?})"),
            got,
            Ok(want.as_bytes()),
        );
    }
}

#[test]
fn format_int_matches_cpython() {
    for &(spec, value, want) in cases::INT {
        let mut out = String::new();
        let got = format_value(&V::Int(value), spec, &mut out).map(|()| out.into_bytes());
        check(
            &format!("format({value}, {spec:?})"),
            got,
            Ok(want.as_bytes()),
        );
    }
}

#[test]
fn format_float_text_matches_cpython() {
    for &(spec_text, value, raw, want) in cases::FLOAT {
        let spec = Spec::parse(spec_text, Kind::Float, "float").expect(spec_text);
        let plan = FloatPlan::new(&spec, "float").expect(spec_text);
        let mut out = String::new();
        pad::format_float_text(raw, plan.percent, &spec, &mut out).expect(spec_text);
        assert_eq!(out, want, "format({value:?}, {spec_text:?}) from {raw:?}");

        // The same from a magnitude and the value's sign, '%' included, as
        // num::float_fmt gives them; `z` is then the layout's job.
        let mut magnitude = String::from(raw.trim_start_matches('-'));
        if plan.percent {
            magnitude.push('%');
        }
        let negative = value.is_sign_negative() && !value.is_nan();
        let mut out = String::new();
        pad::format_float_magnitude(negative, &magnitude, plan.no_neg_zero, &spec, &mut out)
            .expect(spec_text);
        assert_eq!(
            out, want,
            "format({value:?}, {spec_text:?}) from {magnitude:?}"
        );
    }
}

#[test]
fn float_plans_give_cpython_float_text() {
    // A float formatter following the plan (here the test runtime's) must
    // produce CPython's text: this checks the plans, and the test
    // formatter that the driver tests rely on.
    for &(spec_text, value, raw, _) in cases::FLOAT {
        let spec = Spec::parse(spec_text, Kind::Float, "float").expect(spec_text);
        let plan = FloatPlan::new(&spec, "float").expect(spec_text);
        assert_eq!(
            float_text(value, &plan),
            raw,
            "{value:?} {spec_text:?} -> {plan:?}"
        );
    }
}

#[test]
fn spec_errors_match_cpython() {
    for (value, spec, want) in cases::spec_errors() {
        let mut out = String::new();
        let got = format_value(&value, spec, &mut out).map(|()| out.into_bytes());
        check(&format!("format({value:?}, {spec:?})"), got, Err(want));
    }
}

#[test]
fn percent_matches_cpython() {
    for (template, operand, want) in cases::percent() {
        let what = format!("{template:?} % {operand:?}");
        let mut rt = Percent {
            operand,
            bytes: false,
            out: Vec::new(),
        };
        let got = percent::format_str(template, &mut rt).map(|()| rt.out);
        check(&what, got, want);
    }
}

#[test]
fn bytes_percent_matches_cpython() {
    for (template, operand, want) in cases::bytes_percent() {
        let what = format!("{:?} % {operand:?}", String::from_utf8_lossy(template));
        let mut rt = Percent {
            operand,
            bytes: true,
            out: Vec::new(),
        };
        let got = percent::format_bytes(template, &mut rt).map(|()| rt.out);
        check(&what, got, want);
    }
}

#[test]
fn brace_matches_cpython() {
    for (template, args, kwargs, want) in cases::brace() {
        let mut rt = Brace {
            args,
            kwargs,
            map: false,
        };
        let mut out = String::new();
        let got = brace::format(template, &mut rt, &mut out).map(|()| out.into_bytes());
        check(&format!("{template:?}.format(...)"), got, want);
    }
}

#[test]
fn brace_format_map_matches_cpython() {
    for (template, kwargs, want) in cases::brace_map() {
        let mut rt = Brace {
            args: Vec::new(),
            kwargs,
            map: true,
        };
        let mut out = String::new();
        let got = brace::format(template, &mut rt, &mut out).map(|()| out.into_bytes());
        check(&format!("{template:?}.format_map(...)"), got, want);
    }
}

#[test]
fn spec_fields_parse_as_cpython_reads_them() {
    let spec = Spec::parse("\u{e9}^+z#012_.3f", Kind::Float, "float").unwrap();
    assert_eq!(
        spec,
        Spec {
            fill: '\u{e9}',
            align: Align::Center,
            sign: Some(Sign::Plus),
            no_neg_zero: true,
            alternate: true,
            // An explicit fill wins over the '0' flag, which is then width.
            width: Some(12),
            grouping: Grouping::Underscore,
            precision: Some(3),
            ty: Some('f'),
        }
    );
    let zero = Spec::parse("010", Kind::Int, "int").unwrap();
    assert_eq!(
        (zero.fill, zero.align, zero.width),
        ('0', Align::AfterSign, Some(10))
    );
    // '0' keeps an explicit alignment, and strings stay left aligned.
    assert_eq!(
        Spec::parse("<010", Kind::Int, "int").unwrap().align,
        Align::Left
    );
    assert_eq!(
        Spec::parse("010", Kind::Str, "str").unwrap().align,
        Align::Left
    );
    assert_eq!(
        Spec::parse("_x", Kind::Int, "int").unwrap().grouping,
        Grouping::Underscore4
    );
    assert_eq!(Spec::parse("", Kind::Float, "float").unwrap().ty, None);
}

#[test]
fn float_plans_follow_cpython_type_rules() {
    let plan = |text: &str| {
        FloatPlan::new(&Spec::parse(text, Kind::Float, "float").unwrap(), "float").unwrap()
    };
    assert_eq!((plan("").code, plan("").add_dot_0), ('r', true));
    assert_eq!(
        (plan(".3").code, plan(".3").precision, plan(".3").add_dot_0),
        ('g', 3, true)
    );
    assert_eq!((plan("n").code, plan("n").precision), ('g', 6));
    assert_eq!(
        (plan(".1%").code, plan(".1%").percent, plan(".1%").precision),
        ('f', true, 1)
    );
    assert!(plan("z#.2E").alternate && plan("z#.2E").no_neg_zero);
    let int_plan = IntPlan::new(&Spec::parse("+.2e", Kind::Int, "int").unwrap(), "int").unwrap();
    assert!(matches!(
        int_plan,
        IntPlan::Float(FloatPlan {
            code: 'e',
            precision: 2,
            ..
        })
    ));
    let hex = IntPlan::new(&Spec::parse("#X", Kind::Int, "int").unwrap(), "int").unwrap();
    assert_eq!(
        hex,
        IntPlan::Radix {
            radix: 16,
            upper: true,
            prefix: "0X"
        }
    );
}

/// CPython's `_PyUnicode_InsertThousandsGrouping` sizing loop, transcribed:
/// the reference for the closed form in `pad.rs`.
fn cpython_grouped_len(n: isize, min_width: isize, group: Option<isize>) -> isize {
    let mut min_width = min_width.max(0);
    let mut remaining = n;
    let mut count = 0;
    let mut use_sep = false;
    if let Some(g) = group {
        loop {
            let len = g.min(remaining.max(min_width).max(1));
            let zeros = (len - remaining).max(0);
            let chars = remaining.min(len).max(0);
            count += isize::from(use_sep) + zeros + chars;
            use_sep = true;
            remaining -= chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                return count;
            }
            min_width -= 1;
        }
    }
    let len = remaining.max(min_width).max(1);
    count + (len - remaining).max(0) + remaining.min(len).max(0)
}

#[test]
fn zero_padded_grouping_matches_cpython_loop() {
    for group in [None, Some(3), Some(4)] {
        for n in 1..20usize {
            for width in 0..40usize {
                let mut spec = Spec::default_for(Kind::Int);
                spec.fill = '0';
                spec.align = Align::AfterSign;
                spec.width = Some(width);
                spec.grouping = match group {
                    None => Grouping::None,
                    Some(3) => Grouping::Comma,
                    _ => Grouping::Underscore4,
                };
                let digits = "7".repeat(n);
                let mut out = String::new();
                pad::format_int_digits(false, &digits, "", &spec, &mut out).unwrap();
                let want =
                    cpython_grouped_len(n as isize, width as isize, group.map(|g| g as isize));
                assert_eq!(
                    out.len() as isize,
                    want,
                    "n={n} width={width} group={group:?}: {out}"
                );
                assert!(out.ends_with(&digits.chars().rev().take(1).collect::<String>()));
                assert!(!out.starts_with([',', '_']), "{out}");
            }
        }
    }
}

#[test]
fn fill_handles_wide_characters_and_long_runs() {
    let mut out = String::new();
    pad::write_fill(&mut out, '\u{1F600}', 100).unwrap();
    assert_eq!(out.chars().count(), 100);
    assert!(out.chars().all(|c| c == '\u{1F600}'));
    let mut out = String::new();
    pad::write_fill(&mut out, 'x', 0).unwrap();
    assert!(out.is_empty());
}

/// A sink that takes `room` bytes and then fails, as a full heap does.
struct Full {
    room: usize,
}

impl Write for Full {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.room = self.room.checked_sub(s.len()).ok_or(fmt::Error)?;
        Ok(())
    }
}

#[test]
fn a_failing_sink_becomes_memory_error() {
    let spec = Spec::parse(">1000", Kind::Str, "str").unwrap();
    let err = pad::format_str("abc", &spec, &mut Full { room: 100 }).unwrap_err();
    assert_eq!((err, err.kind()), (FmtError::Sink, ErrorKind::MemoryError));
    let mut rt = Brace {
        args: alloc::vec![s("x")],
        kwargs: Vec::new(),
        map: false,
    };
    let err = brace::format("abcdef{}", &mut rt, &mut Full { room: 3 }).unwrap_err();
    assert_eq!(err, exc("MemoryError", "out of memory"));
}

#[test]
fn error_classes() {
    assert_eq!(FmtError::NotEnoughArgs.kind(), ErrorKind::TypeError);
    assert_eq!(FmtError::IndexOutOfRange(3).kind(), ErrorKind::IndexError);
    assert_eq!(FmtError::CharRange.kind(), ErrorKind::OverflowError);
    assert_eq!(FmtError::SingleRightBrace.kind(), ErrorKind::ValueError);
}

/// Random short inputs from the syntax's own characters: every driver must
/// answer with text or an error, never a panic.
#[test]
fn random_templates_never_panic() {
    const ALPHABET: &[&str] = &[
        "{",
        "}",
        "[",
        "]",
        "(",
        ")",
        ".",
        "!",
        ":",
        "%",
        "0",
        "1",
        "9",
        "-",
        "+",
        " ",
        "#",
        "*",
        "s",
        "d",
        "x",
        "r",
        "a",
        "f",
        "g",
        "e",
        "E",
        "c",
        "b",
        "n",
        "z",
        ",",
        "_",
        "<",
        ">",
        "=",
        "^",
        "l",
        "\u{e9}",
        "\u{20ac}",
        "\u{1F600}",
        "\0",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let operands = [
        V::Tuple(alloc::vec![
            V::Int(-7),
            s("\u{e9}x"),
            V::Float(-2.5),
            V::Int(3)
        ]),
        V::Dict(alloc::vec![(s("a"), V::Int(1)), (s(")"), s("p"))]),
        V::Int(65),
        V::List(alloc::vec![V::Int(1)]),
    ];
    for _ in 0..20_000 {
        let len = (next() % 8) as usize;
        let template: String = (0..len)
            .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
            .collect();
        for kind in [Kind::Str, Kind::Int, Kind::Float] {
            let _ = Spec::parse(&template, kind, "t");
        }
        for value in [V::Int(-12345), V::Float(0.5), s("\u{e9}t\u{1F600}")] {
            let _ = format_value(&value, &template, &mut String::new());
        }
        for operand in &operands {
            let mut rt = Percent {
                operand: operand.clone(),
                bytes: false,
                out: Vec::new(),
            };
            let _ = percent::format_str(&template, &mut rt);
            let mut rt = Percent {
                operand: operand.clone(),
                bytes: true,
                out: Vec::new(),
            };
            let mut raw = template.clone().into_bytes();
            if let Some(b) = raw.last_mut() {
                *b ^= (next() & 0x80) as u8;
            }
            let _ = percent::format_bytes(&raw, &mut rt);
        }
        let mut rt = Brace {
            args: alloc::vec![V::Int(1), s("s"), V::List(alloc::vec![V::Int(2)])],
            kwargs: alloc::vec![("a", V::Float(1.5))],
            map: false,
        };
        let _ = brace::format(&template, &mut rt, &mut String::new());
    }
}
