//! The bytecode instruction set: MicroPython's opcodes and their encoding
//! (`.mpy` version 6), so that code from the official `mpy-cross` runs here
//! and ours runs there.
//!
//! An instruction is one opcode byte, then at most one argument, then at most
//! one extra byte. The high nibble of the opcode says how the argument is
//! encoded; the low nibble picks the operation:
//!
//! ```text
//!  opcode   class      argument after the opcode byte        ops in the row
//!  0x00-0f  reserved   -                                      ----------------
//!  0x10-1f  QSTR       varuint qstr                           LLLLLLSSSDDII---
//!  0x20-2f  VAR_UINT   varuint (0x22: signed varint)          MMLLLLSSDDBBBBBB
//!  0x30-3f  VAR_UINT   varuint                                UUMMCCCC--------
//!  0x40-4f  OFFSET     jump offset, 1 or 2 bytes              J-JJJJJEEEEF----
//!  0x50-5f  BYTE       -                                      LLLLSSDTTTTTEEFF
//!  0x60-6f  BYTE       -                                      --BREEEYYI------
//!  0x70-af  multi      LOAD_CONST_SMALL_INT  op - 0x80  (-16 ..= 47)
//!  0xb0-bf  multi      LOAD_FAST             op - 0xb0  (local 0 ..= 15)
//!  0xc0-cf  multi      STORE_FAST            op - 0xc0  (local 0 ..= 15)
//!  0xd0-d3  multi      UNARY_OP              op - 0xd0  (UnaryOp)
//!  0xd7-f9  multi      BINARY_OP             op - 0xd7  (BinaryOp)
//!  (L load, S store, D delete, I import, M make, B build, U unpack, C call,
//!   J jump, E exception, F for, T stack, R return, Y yield)
//! ```
//!
//! Argument formats (see [`crate::varint`]):
//!
//! ```text
//!  varuint      7 bits a byte, most significant group first, bit 7 set on
//!               every byte but the last:   1hhhhhhh 0lllllll
//!  varint       the same, two's complement; bit 6 of the first byte is the
//!               sign (a 0x00 / 0x7f byte is prepended when it would not be)
//!  jump offset  relative to the end of the instruction
//!               1 byte : 0ooooooo                  unsigned o, signed o-0x40
//!               2 bytes: 1ooooooo oooooooo(hi)     unsigned o, signed o-0x4000
//!  extra byte   opcodes with (op & 0x9e) == 0 carry one more raw byte:
//!               MAKE_CLOSURE(_DEFARGS): number of closed-over cells;
//!               UNWIND_JUMP: 0x80 if breaking out of a for loop | depth
//! ```
//!
//! Stack effects are written `( before -- after )`, top of stack rightmost.

/// Mask giving the argument class of an opcode (its high nibble).
pub const MASK_FORMAT: u8 = 0xf0;
/// Opcodes with `op & MASK_EXTRA_BYTE == 0` carry one raw byte after the argument.
pub const MASK_EXTRA_BYTE: u8 = 0x9e;

pub const BASE_RESERVED: u8 = 0x00;
pub const BASE_QSTR_O: u8 = 0x10;
pub const BASE_VINT_E: u8 = 0x20;
pub const BASE_VINT_O: u8 = 0x30;
pub const BASE_JUMP_E: u8 = 0x40;
pub const BASE_BYTE_O: u8 = 0x50;
pub const BASE_BYTE_E: u8 = 0x60;

// ---- multi opcodes: the argument lives in the opcode byte itself ----------

/// `( -- int )` push `op - 0x80`: small ints from -16 to 47 in one byte.
pub const LOAD_CONST_SMALL_INT_MULTI: u8 = 0x70;
/// How many small ints have a one-byte opcode.
pub const LOAD_CONST_SMALL_INT_MULTI_NUM: u8 = 64;
/// How many of them are negative (the first opcode pushes -16).
pub const LOAD_CONST_SMALL_INT_MULTI_EXCESS: u8 = 16;
/// `( -- value )` push local `op - 0xb0`.
pub const LOAD_FAST_MULTI: u8 = 0xb0;
pub const LOAD_FAST_MULTI_NUM: u8 = 16;
/// `( value -- )` store into local `op - 0xc0`.
pub const STORE_FAST_MULTI: u8 = 0xc0;
pub const STORE_FAST_MULTI_NUM: u8 = 16;
/// `( x -- op(x) )` unary operator `op - 0xd0` (a [`crate::UnaryOp`]).
pub const UNARY_OP_MULTI: u8 = 0xd0;
pub const UNARY_OP_MULTI_NUM: u8 = crate::ops::UNARY_OP_NUM_BYTECODE;
/// `( x y -- x op y )` binary operator `op - 0xd7` (a [`crate::BinaryOp`]).
pub const BINARY_OP_MULTI: u8 = 0xd7;
pub const BINARY_OP_MULTI_NUM: u8 = crate::ops::BINARY_OP_NUM_BYTECODE;

// ---- constants -------------------------------------------------------------

pub const LOAD_CONST_FALSE: u8 = BASE_BYTE_O; //        ( -- False )
pub const LOAD_CONST_NONE: u8 = BASE_BYTE_O + 0x01; //  ( -- None )
pub const LOAD_CONST_TRUE: u8 = BASE_BYTE_O + 0x02; //  ( -- True )
pub const LOAD_CONST_SMALL_INT: u8 = BASE_VINT_E + 0x02; // varint n  ( -- n )
pub const LOAD_CONST_STRING: u8 = BASE_QSTR_O; //       qstr q    ( -- str q )
pub const LOAD_CONST_OBJ: u8 = BASE_VINT_E + 0x03; //   const i   ( -- consts[i] )
pub const LOAD_NULL: u8 = BASE_BYTE_O + 0x03; //        ( -- NULL ) marks "no value"

// ---- loads -------------------------------------------------------------------

pub const LOAD_FAST_N: u8 = BASE_VINT_E + 0x04; //      uint n  ( -- local[n] )
pub const LOAD_DEREF: u8 = BASE_VINT_E + 0x05; //       uint n  ( -- cell[n].value )
pub const LOAD_NAME: u8 = BASE_QSTR_O + 0x01; //        qstr q  ( -- locals/globals/builtins[q] )
pub const LOAD_GLOBAL: u8 = BASE_QSTR_O + 0x02; //      qstr q  ( -- globals/builtins[q] )
pub const LOAD_ATTR: u8 = BASE_QSTR_O + 0x03; //        qstr q  ( obj -- obj.q )
pub const LOAD_METHOD: u8 = BASE_QSTR_O + 0x04; //      qstr q  ( obj -- meth self|NULL )
pub const LOAD_SUPER_METHOD: u8 = BASE_QSTR_O + 0x05; // qstr q ( super cls self -- meth self )
pub const LOAD_BUILD_CLASS: u8 = BASE_BYTE_O + 0x04; // ( -- __build_class__ )
pub const LOAD_SUBSCR: u8 = BASE_BYTE_O + 0x05; //      ( obj index -- obj[index] )

// ---- stores --------------------------------------------------------------------

pub const STORE_FAST_N: u8 = BASE_VINT_E + 0x06; //     uint n  ( value -- ) local[n] = value
pub const STORE_DEREF: u8 = BASE_VINT_E + 0x07; //      uint n  ( value -- ) cell[n].value = value
pub const STORE_NAME: u8 = BASE_QSTR_O + 0x06; //       qstr q  ( value -- ) locals[q] = value
pub const STORE_GLOBAL: u8 = BASE_QSTR_O + 0x07; //     qstr q  ( value -- ) globals[q] = value
pub const STORE_ATTR: u8 = BASE_QSTR_O + 0x08; //       qstr q  ( value obj -- ) obj.q = value; value NULL deletes
pub const STORE_SUBSCR: u8 = BASE_BYTE_O + 0x06; //     ( value obj index -- ) obj[index] = value; NULL deletes

// ---- deletes ---------------------------------------------------------------------

pub const DELETE_FAST: u8 = BASE_VINT_E + 0x08; //      uint n  ( -- ) local[n] = unbound
pub const DELETE_DEREF: u8 = BASE_VINT_E + 0x09; //     uint n  ( -- ) cell[n] = unbound
pub const DELETE_NAME: u8 = BASE_QSTR_O + 0x09; //      qstr q  ( -- ) del locals[q]
pub const DELETE_GLOBAL: u8 = BASE_QSTR_O + 0x0a; //    qstr q  ( -- ) del globals[q]

// ---- stack ---------------------------------------------------------------------------

pub const DUP_TOP: u8 = BASE_BYTE_O + 0x07; //          ( a -- a a )
pub const DUP_TOP_TWO: u8 = BASE_BYTE_O + 0x08; //      ( a b -- a b a b )
pub const POP_TOP: u8 = BASE_BYTE_O + 0x09; //          ( a -- )
pub const ROT_TWO: u8 = BASE_BYTE_O + 0x0a; //          ( a b -- b a )
pub const ROT_THREE: u8 = BASE_BYTE_O + 0x0b; //        ( a b c -- c a b )

// ---- jumps and blocks (offsets relative to the next instruction) ------------------------

pub const UNWIND_JUMP: u8 = BASE_JUMP_E; //             soff, byte  ( -- ) leave `byte & 0x7f` blocks, then jump
pub const JUMP: u8 = BASE_JUMP_E + 0x02; //             soff  ( -- ) ip += soff
pub const POP_JUMP_IF_TRUE: u8 = BASE_JUMP_E + 0x03; // soff  ( cond -- ) jump if cond
pub const POP_JUMP_IF_FALSE: u8 = BASE_JUMP_E + 0x04; // soff ( cond -- ) jump if not cond
pub const JUMP_IF_TRUE_OR_POP: u8 = BASE_JUMP_E + 0x05; // uoff ( cond -- cond | ) keep and jump if cond, else pop
pub const JUMP_IF_FALSE_OR_POP: u8 = BASE_JUMP_E + 0x06; // uoff ( cond -- cond | ) keep and jump if not cond, else pop
pub const SETUP_WITH: u8 = BASE_JUMP_E + 0x07; //       uoff  ( mgr -- __exit__ mgr value ) push handler
pub const SETUP_EXCEPT: u8 = BASE_JUMP_E + 0x08; //     uoff  ( -- ) push except handler
pub const SETUP_FINALLY: u8 = BASE_JUMP_E + 0x09; //    uoff  ( -- ) push finally handler
pub const POP_EXCEPT_JUMP: u8 = BASE_JUMP_E + 0x0a; //  uoff  ( -- ) pop handler, jump
pub const FOR_ITER: u8 = BASE_JUMP_E + 0x0b; //         uoff  ( iter -- iter next ) or pop iter and jump when exhausted
pub const WITH_CLEANUP: u8 = BASE_BYTE_O + 0x0c; //     ( __exit__ mgr exc|None -- exc|None ) call __exit__
pub const END_FINALLY: u8 = BASE_BYTE_O + 0x0d; //      ( exc|None|unwind -- ) re-raise or resume unwinding
pub const GET_ITER: u8 = BASE_BYTE_O + 0x0e; //         ( obj -- iter )
pub const GET_ITER_STACK: u8 = BASE_BYTE_O + 0x0f; //   ( obj -- iter_buf[4] ) iterator kept on the stack, no allocation

// ---- building -------------------------------------------------------------------------------

pub const BUILD_TUPLE: u8 = BASE_VINT_E + 0x0a; //      uint n  ( x1 .. xn -- tuple )
pub const BUILD_LIST: u8 = BASE_VINT_E + 0x0b; //       uint n  ( x1 .. xn -- list )
pub const BUILD_MAP: u8 = BASE_VINT_E + 0x0c; //        uint n  ( -- dict ) n is a size hint
pub const STORE_MAP: u8 = BASE_BYTE_E + 0x02; //        ( dict value key -- dict ) dict[key] = value
pub const BUILD_SET: u8 = BASE_VINT_E + 0x0d; //        uint n  ( x1 .. xn -- set )
pub const BUILD_SLICE: u8 = BASE_VINT_E + 0x0e; //      uint n  ( start stop [step] -- slice ), n is 2 or 3
pub const STORE_COMP: u8 = BASE_VINT_E + 0x0f; //       uint i<<2|kind  ( .. item | .. value key -- .. ) add to the collection i below the top
pub const UNPACK_SEQUENCE: u8 = BASE_VINT_O; //         uint n  ( seq -- xn .. x1 )
pub const UNPACK_EX: u8 = BASE_VINT_O + 0x01; //        uint r<<8|l  ( seq -- xr.. rest ..xl )

// ---- return, raise, yield -------------------------------------------------------------------

pub const RETURN_VALUE: u8 = BASE_BYTE_E + 0x03; //     ( value -- ) return value
pub const RAISE_LAST: u8 = BASE_BYTE_E + 0x04; //       ( -- ) re-raise the exception being handled
pub const RAISE_OBJ: u8 = BASE_BYTE_E + 0x05; //        ( exc -- ) raise exc
pub const RAISE_FROM: u8 = BASE_BYTE_E + 0x06; //       ( exc cause -- ) raise exc from cause
pub const YIELD_VALUE: u8 = BASE_BYTE_E + 0x07; //      ( value -- sent ) suspend the generator
pub const YIELD_FROM: u8 = BASE_BYTE_E + 0x08; //       ( iter sent -- result ) delegate to iter

// ---- functions and calls ---------------------------------------------------------------------

pub const MAKE_FUNCTION: u8 = BASE_VINT_O + 0x02; //    uint c  ( -- fun ) from child c
pub const MAKE_FUNCTION_DEFARGS: u8 = BASE_VINT_O + 0x03; // uint c  ( pos_defaults kw_defaults -- fun )
pub const MAKE_CLOSURE: u8 = BASE_VINT_E; //            uint c, byte n  ( cell1 .. celln -- fun )
pub const MAKE_CLOSURE_DEFARGS: u8 = BASE_VINT_E + 0x01; // uint c, byte n  ( pos_defaults kw_defaults cell1 .. celln -- fun )
pub const CALL_FUNCTION: u8 = BASE_VINT_O + 0x04; //    uint k<<8|p  ( fun p_args k_(name value) -- result )
pub const CALL_FUNCTION_VAR_KW: u8 = BASE_VINT_O + 0x05; // uint k<<8|p  ( fun p_args k_pairs star_bitmap -- result )
pub const CALL_METHOD: u8 = BASE_VINT_O + 0x06; //      uint k<<8|p  ( meth self p_args k_pairs -- result )
pub const CALL_METHOD_VAR_KW: u8 = BASE_VINT_O + 0x07; // uint k<<8|p  ( meth self p_args k_pairs star_bitmap -- result )

// ---- imports --------------------------------------------------------------------------------------

pub const IMPORT_NAME: u8 = BASE_QSTR_O + 0x0b; //      qstr q  ( level fromlist -- module )
pub const IMPORT_FROM: u8 = BASE_QSTR_O + 0x0c; //      qstr q  ( module -- module module.q )
pub const IMPORT_STAR: u8 = BASE_BYTE_E + 0x09; //      ( module -- ) copy public names into locals

/// Stack slots taken by an iterator kept on the stack by `GET_ITER_STACK`
/// (part of the format: `FOR_ITER` exits and `UNWIND_JUMP` out of a `for`
/// loop pop this many).
pub const ITER_BUF_SLOTS: u32 = 4;

/// How the argument of an opcode is encoded.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Format {
    /// No argument (the multi opcodes and the 0x5x/0x6x rows, and unassigned bytes).
    Byte,
    /// A varuint qstr id.
    Qstr,
    /// A varuint (a signed varint for `LOAD_CONST_SMALL_INT`).
    VarUint,
    /// A 1- or 2-byte jump offset.
    Offset,
}

/// The argument class of `op`: one 2-bit field per high nibble, read from the
/// magic number, as the VM does it in two instructions.
#[inline]
pub const fn format(op: u8) -> Format {
    // Nibble rows 0..=4 are BYTE, QSTR, VAR_UINT, VAR_UINT, OFFSET; the rest BYTE.
    const MAGIC: u32 = 0x0000_03a4;
    match (MAGIC >> (2 * (op >> 4) as u32)) & 3 {
        0 => Format::Byte,
        1 => Format::Qstr,
        2 => Format::VarUint,
        _ => Format::Offset,
    }
}

/// Whether `op` carries its argument in the opcode byte (0x70 and up).
#[inline]
pub const fn is_multi(op: u8) -> bool {
    op >= LOAD_CONST_SMALL_INT_MULTI
}

/// Whether a raw byte follows the argument of `op`.
#[inline]
pub const fn has_extra_byte(op: u8) -> bool {
    op & MASK_EXTRA_BYTE == 0
}

/// Whether the jump offset of `op` is signed (backward jumps are possible).
#[inline]
pub const fn has_signed_offset(op: u8) -> bool {
    op >= UNWIND_JUMP && op <= POP_JUMP_IF_FALSE
}

/// Whether `op` is an opcode MicroPython assigns (bytes 0x00-0x0f, the holes
/// in each row, and 0xfa-0xff are not).
pub const fn is_valid(op: u8) -> bool {
    matches!(
        op,
        0x10..=0x1c | 0x20..=0x37 | 0x40 | 0x42..=0x4b | 0x50..=0x5f | 0x62..=0x69 | 0x70..=0xd3 | 0xd7..=0xf9
    )
}

/// The name of `op` as MicroPython's `mpy-tool.py` prints it, without the
/// value a multi opcode carries.
pub const fn name(op: u8) -> &'static str {
    match op {
        LOAD_CONST_FALSE => "LOAD_CONST_FALSE",
        LOAD_CONST_NONE => "LOAD_CONST_NONE",
        LOAD_CONST_TRUE => "LOAD_CONST_TRUE",
        LOAD_CONST_SMALL_INT => "LOAD_CONST_SMALL_INT",
        LOAD_CONST_STRING => "LOAD_CONST_STRING",
        LOAD_CONST_OBJ => "LOAD_CONST_OBJ",
        LOAD_NULL => "LOAD_NULL",
        LOAD_FAST_N => "LOAD_FAST_N",
        LOAD_DEREF => "LOAD_DEREF",
        LOAD_NAME => "LOAD_NAME",
        LOAD_GLOBAL => "LOAD_GLOBAL",
        LOAD_ATTR => "LOAD_ATTR",
        LOAD_METHOD => "LOAD_METHOD",
        LOAD_SUPER_METHOD => "LOAD_SUPER_METHOD",
        LOAD_BUILD_CLASS => "LOAD_BUILD_CLASS",
        LOAD_SUBSCR => "LOAD_SUBSCR",
        STORE_FAST_N => "STORE_FAST_N",
        STORE_DEREF => "STORE_DEREF",
        STORE_NAME => "STORE_NAME",
        STORE_GLOBAL => "STORE_GLOBAL",
        STORE_ATTR => "STORE_ATTR",
        STORE_SUBSCR => "STORE_SUBSCR",
        DELETE_FAST => "DELETE_FAST",
        DELETE_DEREF => "DELETE_DEREF",
        DELETE_NAME => "DELETE_NAME",
        DELETE_GLOBAL => "DELETE_GLOBAL",
        DUP_TOP => "DUP_TOP",
        DUP_TOP_TWO => "DUP_TOP_TWO",
        POP_TOP => "POP_TOP",
        ROT_TWO => "ROT_TWO",
        ROT_THREE => "ROT_THREE",
        UNWIND_JUMP => "UNWIND_JUMP",
        JUMP => "JUMP",
        POP_JUMP_IF_TRUE => "POP_JUMP_IF_TRUE",
        POP_JUMP_IF_FALSE => "POP_JUMP_IF_FALSE",
        JUMP_IF_TRUE_OR_POP => "JUMP_IF_TRUE_OR_POP",
        JUMP_IF_FALSE_OR_POP => "JUMP_IF_FALSE_OR_POP",
        SETUP_WITH => "SETUP_WITH",
        SETUP_EXCEPT => "SETUP_EXCEPT",
        SETUP_FINALLY => "SETUP_FINALLY",
        POP_EXCEPT_JUMP => "POP_EXCEPT_JUMP",
        FOR_ITER => "FOR_ITER",
        WITH_CLEANUP => "WITH_CLEANUP",
        END_FINALLY => "END_FINALLY",
        GET_ITER => "GET_ITER",
        GET_ITER_STACK => "GET_ITER_STACK",
        BUILD_TUPLE => "BUILD_TUPLE",
        BUILD_LIST => "BUILD_LIST",
        BUILD_MAP => "BUILD_MAP",
        STORE_MAP => "STORE_MAP",
        BUILD_SET => "BUILD_SET",
        BUILD_SLICE => "BUILD_SLICE",
        STORE_COMP => "STORE_COMP",
        UNPACK_SEQUENCE => "UNPACK_SEQUENCE",
        UNPACK_EX => "UNPACK_EX",
        RETURN_VALUE => "RETURN_VALUE",
        RAISE_LAST => "RAISE_LAST",
        RAISE_OBJ => "RAISE_OBJ",
        RAISE_FROM => "RAISE_FROM",
        YIELD_VALUE => "YIELD_VALUE",
        YIELD_FROM => "YIELD_FROM",
        MAKE_FUNCTION => "MAKE_FUNCTION",
        MAKE_FUNCTION_DEFARGS => "MAKE_FUNCTION_DEFARGS",
        MAKE_CLOSURE => "MAKE_CLOSURE",
        MAKE_CLOSURE_DEFARGS => "MAKE_CLOSURE_DEFARGS",
        CALL_FUNCTION => "CALL_FUNCTION",
        CALL_FUNCTION_VAR_KW => "CALL_FUNCTION_VAR_KW",
        CALL_METHOD => "CALL_METHOD",
        CALL_METHOD_VAR_KW => "CALL_METHOD_VAR_KW",
        IMPORT_NAME => "IMPORT_NAME",
        IMPORT_FROM => "IMPORT_FROM",
        IMPORT_STAR => "IMPORT_STAR",
        0x70..=0xaf => "LOAD_CONST_SMALL_INT",
        0xb0..=0xbf => "LOAD_FAST",
        0xc0..=0xcf => "STORE_FAST",
        0xd0..=0xd3 => "UNARY_OP",
        0xd7..=0xf9 => "BINARY_OP",
        _ => "INVALID",
    }
}
