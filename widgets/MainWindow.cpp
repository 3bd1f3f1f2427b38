#include "MainWindow.h"
namespace dlrepro {
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}
}
