// dlrepro: the workbench (filled in by the GUI work).
int main() { return 0; }
