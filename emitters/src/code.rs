//! What the bytecode emitter produces: one [`RawCode`] per function, class
//! body or module, nested as the scopes are, and one [`Module`] holding the
//! tree and the module-wide constant table.
//!
//! The constant table is per module, not per function, as in the `.mpy` v6
//! format: `LOAD_CONST_OBJ i` indexes `Module::consts`, so a constant used by
//! several functions is stored once and a `.mpy` file maps onto it directly.
//! A function object therefore keeps a reference to its module's tables
//! (MicroPython's `mp_module_context_t`). `MAKE_FUNCTION c` indexes the
//! children of the code that runs it.

use alloc::string::String;
use alloc::vec::Vec;

use crate::prelude::Prelude;

/// An integer literal too large for a small int: sign and magnitude, the
/// magnitude as little-endian 32-bit limbs without high zero limbs.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct BigIntLiteral {
    pub negative: bool,
    pub magnitude: Vec<u32>,
}

impl BigIntLiteral {
    /// Parses digits in `radix` (2..=36), `_` separators allowed, no sign or
    /// prefix. `None` on an empty or invalid digit string.
    pub fn from_digits(digits: &str, radix: u32) -> Option<BigIntLiteral> {
        if !(2..=36).contains(&radix) {
            return None;
        }
        let mut mag: Vec<u32> = Vec::new();
        let mut any = false;
        for c in digits.chars() {
            if c == '_' {
                continue;
            }
            let d = c.to_digit(radix)?;
            any = true;
            let mut carry = u64::from(d);
            for limb in mag.iter_mut() {
                let v = u64::from(*limb) * u64::from(radix) + carry;
                *limb = v as u32;
                carry = v >> 32;
            }
            if carry != 0 {
                mag.push(carry as u32);
            }
        }
        any.then_some(BigIntLiteral {
            negative: false,
            magnitude: mag,
        })
    }

    /// From a machine integer.
    pub fn from_i128(v: i128) -> BigIntLiteral {
        let mut m = v.unsigned_abs();
        let mut magnitude = Vec::new();
        while m != 0 {
            magnitude.push(m as u32);
            m >>= 32;
        }
        BigIntLiteral {
            negative: v < 0,
            magnitude,
        }
    }

    /// The value, if it fits an `i64`.
    pub fn to_i64(&self) -> Option<i64> {
        if self.magnitude.len() > 2 {
            return None;
        }
        let m = self
            .magnitude
            .iter()
            .rev()
            .fold(0u64, |acc, &l| acc << 32 | u64::from(l));
        if self.negative {
            0i64.checked_sub_unsigned(m)
        } else {
            i64::try_from(m).ok()
        }
    }

    /// Decimal text, as `repr()` prints it and as `.mpy` stores it.
    pub fn to_decimal(&self) -> String {
        let mut mag = self.magnitude.clone();
        let mut digits = Vec::new();
        while mag.iter().any(|&l| l != 0) {
            // Divide by 10^9 to take 9 digits at a time.
            let mut rem = 0u64;
            for limb in mag.iter_mut().rev() {
                let v = rem << 32 | u64::from(*limb);
                *limb = (v / 1_000_000_000) as u32;
                rem = v % 1_000_000_000;
            }
            for _ in 0..9 {
                digits.push(b'0' + (rem % 10) as u8);
                rem /= 10;
            }
        }
        while digits.len() > 1 && digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.is_empty() {
            digits.push(b'0');
        }
        let mut s = String::with_capacity(digits.len() + 1);
        if self.negative && self.magnitude.iter().any(|&l| l != 0) {
            s.push('-');
        }
        s.extend(digits.iter().rev().map(|&d| char::from(d)));
        s
    }
}

/// A constant object referenced by `LOAD_CONST_OBJ`.
#[derive(Clone, Debug)]
pub enum Const {
    None,
    False,
    True,
    Ellipsis,
    /// An int that fits the target's small int (inside tuples).
    SmallInt(i64),
    /// An int that does not.
    Int(BigIntLiteral),
    /// A str not interned as a qstr (long strings).
    Str(String),
    Bytes(Vec<u8>),
    Float(f64),
    Complex {
        re: f64,
        im: f64,
    },
    /// A tuple of constants (folded default arguments, `x in (1, 2)`).
    Tuple(Vec<Const>),
}

impl Const {
    /// Same type and same value, with `0.0` and `-0.0` apart and `1 != 1.0`
    /// (MicroPython's rule for sharing one constant-table slot).
    pub fn strictly_equal(&self, other: &Const) -> bool {
        use Const::*;
        match (self, other) {
            (None, None) | (False, False) | (True, True) | (Ellipsis, Ellipsis) => true,
            (SmallInt(a), SmallInt(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { re: a, im: b }, Complex { re: c, im: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Tuple(a), Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.strictly_equal(y))
            }
            _ => false,
        }
    }
}

/// One compiled function, class body or module body.
#[derive(Clone, Debug, Default)]
pub struct RawCode {
    /// Prelude, code info (name, argument names, line map), cells and
    /// instructions, in MicroPython's v6 layout. Decode with [`RawCode::prelude`].
    pub bytecode: Vec<u8>,
    /// Codes created by `MAKE_FUNCTION`/`MAKE_CLOSURE`, by child index.
    pub children: Vec<RawCode>,
    /// The compiler scope id of each child (same order as `children`).
    pub child_scopes: Vec<u32>,
    /// [`crate::scope_flags`] bits (all of them, not only the 4 in the prelude).
    pub scope_flags: u8,
    pub n_pos_args: u16,
    pub n_kwonly_args: u16,
    pub n_def_pos_args: u16,
    /// Locals plus the deepest value stack (at least 1).
    pub n_state: u16,
    pub n_exc_stack: u16,
    /// Function name qstr.
    pub simple_name: u32,
    /// Offset of the first instruction in `bytecode`.
    pub code_start: u32,
}

impl RawCode {
    /// The prelude, decoded from `bytecode`. `None` if `bytecode` is malformed.
    pub fn prelude(&self) -> Option<Prelude> {
        Prelude::decode(&self.bytecode)
    }

    /// The instructions.
    pub fn instructions(&self) -> &[u8] {
        self.bytecode.get(self.code_start as usize..).unwrap_or(&[])
    }

    /// The source line of the instruction at `offset` (from the first instruction).
    pub fn line_for_offset(&self, offset: usize) -> u32 {
        match self.prelude() {
            Some(p) => crate::line_map::line_for_offset(
                &self.bytecode[p.line_info..p.line_info_end],
                offset,
                1,
            ),
            None => 0,
        }
    }
}

/// How qstr arguments are written into instructions.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum QstrMode {
    /// The runtime's global qstr ids, ready to run.
    Global,
    /// Indices into the module's own qstr table ([`Module::qstrs`]), entry 0
    /// the source file name: the `.mpy` layout, byte-for-byte `mpy-cross`.
    Table,
}

/// A compiled module: the code tree and the tables its instructions index.
#[derive(Clone, Debug)]
pub struct Module {
    pub code: RawCode,
    /// `LOAD_CONST_OBJ` operands index this.
    pub consts: Vec<Const>,
    pub qstr_mode: QstrMode,
    /// In [`QstrMode::Table`], the global qstr id of each table index
    /// (entry 0 is the source file); empty in [`QstrMode::Global`].
    pub qstrs: Vec<u32>,
    /// The source file name (a qstr id).
    pub source_file: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_int_decimal_matches_python() {
        // Values from CPython: str(2**100), str(int('ff'*20, 16)).
        let b = BigIntLiteral::from_digits("1267650600228229401496703205376", 10).unwrap();
        assert_eq!(b.to_decimal(), "1267650600228229401496703205376");
        assert_eq!(b.magnitude, [0, 0, 0, 16]);
        let h = BigIntLiteral::from_digits(&"ff".repeat(20), 16).unwrap();
        assert_eq!(
            h.to_decimal(),
            "1461501637330902918203684832716283019655932542975"
        );
        let n = BigIntLiteral {
            negative: true,
            ..BigIntLiteral::from_digits("1_000_000_000_000_000_000_000", 10).unwrap()
        };
        assert_eq!(n.to_decimal(), "-1000000000000000000000");
        assert_eq!(
            BigIntLiteral::from_digits("0", 10).unwrap().to_decimal(),
            "0"
        );
        assert_eq!(BigIntLiteral::from_digits("", 10), None);
        assert_eq!(BigIntLiteral::from_digits("12a", 10), None);
        assert_eq!(
            BigIntLiteral::from_i128(-(1 << 63)).to_i64(),
            Some(i64::MIN)
        );
        assert_eq!(BigIntLiteral::from_i128(1 << 63).to_i64(), None);
    }

    #[test]
    fn strict_equality_separates_what_python_equates() {
        assert!(!Const::Float(0.0).strictly_equal(&Const::Float(-0.0)));
        assert!(!Const::SmallInt(1).strictly_equal(&Const::Float(1.0)));
        assert!(!Const::True.strictly_equal(&Const::SmallInt(1)));
        assert!(
            Const::Tuple(alloc::vec![Const::SmallInt(1), Const::Str("a".into())]).strictly_equal(
                &Const::Tuple(alloc::vec![Const::SmallInt(1), Const::Str("a".into())])
            )
        );
    }
}
