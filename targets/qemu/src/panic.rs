//! Panics and faults print what happened on the console and reset the
//! board, so a bug costs one boot instead of a hung device. (A panic on
//! any input is a bug of the core; the test runner sees the message and
//! the fresh banner.)

use crate::uart::Uart;
use core::fmt::Write;
use cortex_m::peripheral::SCB;
use cortex_m_rt::{exception, ExceptionFrame};

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    cortex_m::interrupt::disable();
    let mut uart = Uart;
    let _ = write!(uart, "\r\nmupy: panic: {info}\r\nresetting\r\n");
    SCB::sys_reset()
}

#[exception]
unsafe fn HardFault(frame: &ExceptionFrame) -> ! {
    let mut uart = Uart;
    let _ = write!(
        uart,
        "\r\nmupy: hard fault at pc {:#010x}, lr {:#010x}\r\nresetting\r\n",
        frame.pc(),
        frame.lr()
    );
    SCB::sys_reset()
}
