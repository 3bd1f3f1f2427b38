#pragma once
#include <QMainWindow>
namespace dlrepro {
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
}
