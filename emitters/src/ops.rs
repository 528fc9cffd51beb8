//! Unary and binary operator numbering, shared by the compiler (which emits
//! `UNARY_OP_MULTI + op` / `BINARY_OP_MULTI + op`) and by the VM and runtime
//! (which dispatch on it). The bytecode part of each numbering is fixed by
//! the `.mpy` v6 format; the runtime-only tail follows MicroPython's order.

/// Unary operators. The first [`UNARY_OP_NUM_BYTECODE`] appear in bytecode.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum UnaryOp {
    Positive,
    Negative,
    Invert,
    Not,
    // Runtime only: special-method dispatch from builtins.
    Bool,
    Len,
    Hash,
    Abs,
    IntMaybe,
    FloatMaybe,
    ComplexMaybe,
    Sizeof,
}

/// Unary operators that may appear in bytecode.
pub const UNARY_OP_NUM_BYTECODE: u8 = UnaryOp::Not as u8 + 1;

impl UnaryOp {
    const ALL: [UnaryOp; 12] = [
        UnaryOp::Positive,
        UnaryOp::Negative,
        UnaryOp::Invert,
        UnaryOp::Not,
        UnaryOp::Bool,
        UnaryOp::Len,
        UnaryOp::Hash,
        UnaryOp::Abs,
        UnaryOp::IntMaybe,
        UnaryOp::FloatMaybe,
        UnaryOp::ComplexMaybe,
        UnaryOp::Sizeof,
    ];

    /// The operator numbered `n`, if any.
    pub fn from_u8(n: u8) -> Option<UnaryOp> {
        Self::ALL.get(usize::from(n)).copied()
    }

    /// The special method name, or a description for operators that have none.
    pub fn method_name(self) -> &'static str {
        match self {
            UnaryOp::Positive => "__pos__",
            UnaryOp::Negative => "__neg__",
            UnaryOp::Invert => "__invert__",
            UnaryOp::Not => "<not>",
            UnaryOp::Bool => "__bool__",
            UnaryOp::Len => "__len__",
            UnaryOp::Hash => "__hash__",
            UnaryOp::Abs => "__abs__",
            UnaryOp::IntMaybe => "__int__",
            UnaryOp::FloatMaybe => "__float__",
            UnaryOp::ComplexMaybe => "__complex__",
            UnaryOp::Sizeof => "<sizeof>",
        }
    }
}

/// Binary operators. The first [`BINARY_OP_NUM_BYTECODE`] appear in bytecode:
/// 9 comparisons, then 13 in-place and 13 plain arithmetic operators in the
/// same order, so `op - InplaceOr + Or` turns `x += y` into `x + y`.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum BinaryOp {
    Less,
    More,
    Equal,
    LessEqual,
    MoreEqual,
    NotEqual,
    In,
    Is,
    ExceptionMatch,

    InplaceOr,
    InplaceXor,
    InplaceAnd,
    InplaceLshift,
    InplaceRshift,
    InplaceAdd,
    InplaceSubtract,
    InplaceMultiply,
    InplaceMatMultiply,
    InplaceFloorDivide,
    InplaceTrueDivide,
    InplaceModulo,
    InplacePower,

    Or,
    Xor,
    And,
    Lshift,
    Rshift,
    Add,
    Subtract,
    Multiply,
    MatMultiply,
    FloorDivide,
    TrueDivide,
    Modulo,
    Power,

    // Runtime only.
    /// `divmod()`; must follow `Power`.
    Divmod,
    /// `In` with swapped operands, what a container type implements.
    Contains,
    ReverseOr,
    ReverseXor,
    ReverseAnd,
    ReverseLshift,
    ReverseRshift,
    ReverseAdd,
    ReverseSubtract,
    ReverseMultiply,
    ReverseMatMultiply,
    ReverseFloorDivide,
    ReverseTrueDivide,
    ReverseModulo,
    ReversePower,

    /// Never in bytecode: the emitter writes `In` then `Not`.
    NotIn,
    /// Never in bytecode: the emitter writes `Is` then `Not`.
    IsNot,
}

/// Binary operators that may appear in bytecode.
pub const BINARY_OP_NUM_BYTECODE: u8 = BinaryOp::Power as u8 + 1;

impl BinaryOp {
    const ALL: [BinaryOp; 52] = {
        use BinaryOp::*;
        [
            Less,
            More,
            Equal,
            LessEqual,
            MoreEqual,
            NotEqual,
            In,
            Is,
            ExceptionMatch,
            InplaceOr,
            InplaceXor,
            InplaceAnd,
            InplaceLshift,
            InplaceRshift,
            InplaceAdd,
            InplaceSubtract,
            InplaceMultiply,
            InplaceMatMultiply,
            InplaceFloorDivide,
            InplaceTrueDivide,
            InplaceModulo,
            InplacePower,
            Or,
            Xor,
            And,
            Lshift,
            Rshift,
            Add,
            Subtract,
            Multiply,
            MatMultiply,
            FloorDivide,
            TrueDivide,
            Modulo,
            Power,
            Divmod,
            Contains,
            ReverseOr,
            ReverseXor,
            ReverseAnd,
            ReverseLshift,
            ReverseRshift,
            ReverseAdd,
            ReverseSubtract,
            ReverseMultiply,
            ReverseMatMultiply,
            ReverseFloorDivide,
            ReverseTrueDivide,
            ReverseModulo,
            ReversePower,
            NotIn,
            IsNot,
        ]
    };

    /// The operator numbered `n`, if any.
    pub fn from_u8(n: u8) -> Option<BinaryOp> {
        Self::ALL.get(usize::from(n)).copied()
    }

    /// `x op= y` to `x op y` (and `x op y` unchanged).
    pub fn non_inplace(self) -> BinaryOp {
        let n = self as u8;
        if (BinaryOp::InplaceOr as u8..=BinaryOp::InplacePower as u8).contains(&n) {
            Self::ALL[usize::from(n - BinaryOp::InplaceOr as u8 + BinaryOp::Or as u8)]
        } else {
            self
        }
    }

    /// `x op y` to the reflected operator tried on `y` (`__add__` to `__radd__`).
    pub fn reversed(self) -> Option<BinaryOp> {
        let n = self as u8;
        if (BinaryOp::Or as u8..=BinaryOp::Power as u8).contains(&n) {
            Some(Self::ALL[usize::from(n - BinaryOp::Or as u8 + BinaryOp::ReverseOr as u8)])
        } else {
            None
        }
    }

    /// The special method name, or a description for operators that have none.
    pub fn method_name(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Less => "__lt__",
            More => "__gt__",
            Equal => "__eq__",
            LessEqual => "__le__",
            MoreEqual => "__ge__",
            NotEqual => "__ne__",
            In => "<in>",
            Is => "<is>",
            ExceptionMatch => "<exception match>",
            InplaceOr => "__ior__",
            InplaceXor => "__ixor__",
            InplaceAnd => "__iand__",
            InplaceLshift => "__ilshift__",
            InplaceRshift => "__irshift__",
            InplaceAdd => "__iadd__",
            InplaceSubtract => "__isub__",
            InplaceMultiply => "__imul__",
            InplaceMatMultiply => "__imatmul__",
            InplaceFloorDivide => "__ifloordiv__",
            InplaceTrueDivide => "__itruediv__",
            InplaceModulo => "__imod__",
            InplacePower => "__ipow__",
            Or => "__or__",
            Xor => "__xor__",
            And => "__and__",
            Lshift => "__lshift__",
            Rshift => "__rshift__",
            Add => "__add__",
            Subtract => "__sub__",
            Multiply => "__mul__",
            MatMultiply => "__matmul__",
            FloorDivide => "__floordiv__",
            TrueDivide => "__truediv__",
            Modulo => "__mod__",
            Power => "__pow__",
            Divmod => "__divmod__",
            Contains => "__contains__",
            ReverseOr => "__ror__",
            ReverseXor => "__rxor__",
            ReverseAnd => "__rand__",
            ReverseLshift => "__rlshift__",
            ReverseRshift => "__rrshift__",
            ReverseAdd => "__radd__",
            ReverseSubtract => "__rsub__",
            ReverseMultiply => "__rmul__",
            ReverseMatMultiply => "__rmatmul__",
            ReverseFloorDivide => "__rfloordiv__",
            ReverseTrueDivide => "__rtruediv__",
            ReverseModulo => "__rmod__",
            ReversePower => "__rpow__",
            NotIn => "<not in>",
            IsNot => "<is not>",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytecode_numbering_is_the_mpy_v6_one() {
        // Values fixed by MicroPython's runtime0.h: changing them changes the format.
        assert_eq!(UNARY_OP_NUM_BYTECODE, 4);
        assert_eq!(BINARY_OP_NUM_BYTECODE, 35);
        assert_eq!(BinaryOp::ExceptionMatch as u8, 8);
        assert_eq!(BinaryOp::InplaceOr as u8, 9);
        assert_eq!(BinaryOp::Or as u8, 22);
        assert_eq!(BinaryOp::Add as u8, 27);
        assert_eq!(BinaryOp::Power as u8, 34);
    }

    #[test]
    fn from_u8_inverts_as_u8() {
        for n in 0..=255u8 {
            if let Some(op) = BinaryOp::from_u8(n) {
                assert_eq!(op as u8, n);
            }
            if let Some(op) = UnaryOp::from_u8(n) {
                assert_eq!(op as u8, n);
            }
        }
        assert_eq!(BinaryOp::from_u8(BinaryOp::IsNot as u8 + 1), None);
        assert_eq!(UnaryOp::from_u8(UnaryOp::Sizeof as u8 + 1), None);
    }

    #[test]
    fn inplace_and_reverse_maps() {
        assert_eq!(BinaryOp::InplaceAdd.non_inplace(), BinaryOp::Add);
        assert_eq!(BinaryOp::InplacePower.non_inplace(), BinaryOp::Power);
        assert_eq!(BinaryOp::Less.non_inplace(), BinaryOp::Less);
        assert_eq!(
            BinaryOp::Subtract.reversed(),
            Some(BinaryOp::ReverseSubtract)
        );
        assert_eq!(BinaryOp::Power.reversed(), Some(BinaryOp::ReversePower));
        assert_eq!(BinaryOp::Less.reversed(), None);
    }
}
