//! Panics and faults print what happened on the console and reset the
//! board, so a bug costs one boot instead of a hung device. (A panic on
//! any input is a bug of the core; the test runner sees the message and
//! the fresh banner.)

use crate::port::write_cooked;
use crate::uart::Uart;
use core::fmt::Write;
use cortex_m::peripheral::SCB;
use cortex_m_rt::{exception, ExceptionFrame};

/// The console with `\n` sent as `\r\n`, for messages that contain
/// newlines of their own.
struct Cooked;

impl Write for Cooked {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        write_cooked(Uart, s.as_bytes());
        Ok(())
    }
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    cortex_m::interrupt::disable();
    let _ = write!(Cooked, "\nmupy: panic: {info}\nresetting\n");
    SCB::sys_reset()
}

#[exception]
unsafe fn HardFault(frame: &ExceptionFrame) -> ! {
    let _ = write!(
        Cooked,
        "\nmupy: hard fault at pc {:#010x}, lr {:#010x}\nresetting\n",
        frame.pc(),
        frame.lr()
    );
    SCB::sys_reset()
}
