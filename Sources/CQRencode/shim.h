// Debian's libqrencode (libqrencode-dev): QR codes for the join slide.
#include <qrencode.h>
