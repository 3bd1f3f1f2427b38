<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Agreement</name>
    <message>
        <source>line %1, field %2: %3</source>
        <translation>Zeile %1, Feld %2: %3</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation>die Spalte %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>expected label columns A1V1..A1Vk and A2V1..A2Vk; the header has %1</source>
        <translation>Label-Spalten A1V1..A1Vk und A2V1..A2Vk erwartet; die Kopfzeile hat %1</translation>
    </message>
    <message>
        <source>the column A%1V%2 is missing</source>
        <translation>die Spalte A%1V%2 fehlt</translation>
    </message>
    <message>
        <source>the first annotator has %1 label columns, the second %2</source>
        <translation>der erste Annotator hat %1 Label-Spalten, der zweite %2</translation>
    </message>
    <message>
        <source>line %1, column %2: &apos;%3&apos; is not 0 or 1</source>
        <translation>Zeile %1, Spalte %2: &apos;%3&apos; ist nicht 0 oder 1</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Zeilen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>the project has %n annotator(s) (%1); name the two to compare</source>
        <translation>
            <numerusform>das Projekt hat %n Annotator (%1); nennen Sie die zwei zu vergleichenden</numerusform>
            <numerusform>das Projekt hat %n Annotatoren (%1); nennen Sie die zwei zu vergleichenden</numerusform>
        </translation>
    </message>
    <message>
        <source>the project has no annotator &apos;%1&apos; (it has: %2)</source>
        <translation>das Projekt hat keinen Annotator &apos;%1&apos; (es hat: %2)</translation>
    </message>
    <message>
        <source>name two different annotators</source>
        <translation>nennen Sie zwei verschiedene Annotatoren</translation>
    </message>
    <message>
        <source>no bug of the project has edit actions from both %1 and %2</source>
        <translation>kein Fehler des Projekts hat Bearbeitungsaktionen sowohl von %1 als auch von %2</translation>
    </message>
    <message>
        <source>the two annotators label a different number of units (%1 and %2)</source>
        <translation>die beiden Annotatoren bewerten eine unterschiedliche Anzahl von Einheiten (%1 und %2)</translation>
    </message>
    <message>
        <source>there are no units to compare</source>
        <translation>es gibt keine Einheiten zum Vergleichen</translation>
    </message>
    <message>
        <source>there are no labels to compare</source>
        <translation>es gibt keine Labels zum Vergleichen</translation>
    </message>
    <message>
        <source>unit %1 does not have %2 labels from each annotator</source>
        <translation>Einheit %1 hat nicht %2 Labels von jedem Annotator</translation>
    </message>
    <message>
        <source>unit %1, label %2: values must be 0 or 1</source>
        <translation>Einheit %1, Label %2: die Werte müssen 0 oder 1 sein</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa per bug over the edit-action labels</source>
        <translation>Cohens Kappa je Fehler über die Labels der Bearbeitungsaktionen</translation>
    </message>
    <message>
        <source>Bug</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Observed agreement</source>
        <translation>Beobachtete Übereinstimmung</translation>
    </message>
    <message>
        <source>Chance agreement</source>
        <translation>Zufällige Übereinstimmung</translation>
    </message>
    <message numerus="yes">
        <source>Mean over %n bug(s)</source>
        <translation>
            <numerusform>Mittel über %n Fehler</numerusform>
            <numerusform>Mittel über %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>Gepoolt</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa per edit action over the bugs</source>
        <translation>Cohens Kappa je Bearbeitungsaktion über die Fehler</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>BugType</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Tensor &amp; Input</source>
        <translation>Tensor &amp; Eingabe</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>CategoryStyle</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>the text (%1)</source>
        <translation>dem Text (%1)</translation>
    </message>
    <message>
        <source>the facts (%1)</source>
        <translation>den Fakten (%1)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>GPU mentions</source>
        <translation>GPU-Erwähnungen</translation>
    </message>
    <message>
        <source>model description</source>
        <translation>Modellbeschreibung</translation>
    </message>
    <message>
        <source>shapes or dtypes</source>
        <translation>Formen oder Datentypen</translation>
    </message>
    <message>
        <source>no tag or symptom decides it</source>
        <translation>kein Tag und kein Symptom entscheidet</translation>
    </message>
    <message>
        <source>%1 and %2 score close (%3 vs %4); %1 from %5, with low confidence</source>
        <translation>%1 und %2 liegen nah beieinander (%3 gegen %4); %1 nach %5, mit geringer Sicherheit</translation>
    </message>
    <message>
        <source>%1 from %2 (score %3; next %4 %5)</source>
        <translation>%1 nach %2 (Punktzahl %3; danach %4 %5)</translation>
    </message>
    <message>
        <source>%1 from %2 (score %3)</source>
        <translation>%1 nach %2 (Punktzahl %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: tags of several types make a Mixed bug</source>
        <translation>%1 %2: Tags mehrerer Arten ergeben einen gemischten Fehler</translation>
    </message>
    <message>
        <source>What are the shape and dtype of the input you pass to the model (e.g. print(x.shape, x.dtype))?</source>
        <translation>Welche Form und welchen Datentyp hat die Eingabe, die Sie dem Modell übergeben (z. B. print(x.shape, x.dtype))?</translation>
    </message>
    <message>
        <source>What does your training data look like: its shape, dtype, value range, and how are the labels distributed?</source>
        <translation>Wie sehen Ihre Trainingsdaten aus: Form, Datentyp, Wertebereich, und wie sind die Labels verteilt?</translation>
    </message>
    <message>
        <source>Which data do you feed the model: which dataset, and what shape does one batch have (e.g. print(x.shape))?</source>
        <translation>Mit welchen Daten füttern Sie das Modell: welcher Datensatz, und welche Form hat ein Batch (z. B. print(x.shape))?</translation>
    </message>
    <message>
        <source>What do you pass to the call that fails: its type, shape and dtype (e.g. print(type(x), x.shape, x.dtype))?</source>
        <translation>Was übergeben Sie dem fehlschlagenden Aufruf: Typ, Form und Datentyp (z. B. print(type(x), x.shape, x.dtype))?</translation>
    </message>
    <message>
        <source>How large are the inputs you put on the GPU: the shape and dtype of one batch?</source>
        <translation>Wie groß sind die Eingaben, die Sie auf die GPU legen: Form und Datentyp eines Batches?</translation>
    </message>
    <message>
        <source>Could you describe your input data: its shape, dtype, value range and which dataset it is?</source>
        <translation>Können Sie Ihre Eingabedaten beschreiben: Form, Datentyp, Wertebereich und um welchen Datensatz es sich handelt?</translation>
    </message>
    <message>
        <source>Could you share the model definition, especially the input layer and the layer where the shapes stop matching (e.g. the output of model.summary())?</source>
        <translation>Können Sie die Modelldefinition zeigen, besonders die Eingabeschicht und die Schicht, an der die Formen nicht mehr passen (z. B. die Ausgabe von model.summary())?</translation>
    </message>
    <message>
        <source>Which model do you run on the GPU, and how large is it (e.g. model.summary() or its parameter count)?</source>
        <translation>Welches Modell führen Sie auf der GPU aus, und wie groß ist es (z. B. model.summary() oder die Anzahl der Parameter)?</translation>
    </message>
    <message>
        <source>Which model or layer do you build with the API that fails? Could you show its definition?</source>
        <translation>Welches Modell oder welche Schicht bauen Sie mit der fehlschlagenden API? Können Sie die Definition zeigen?</translation>
    </message>
    <message>
        <source>Could you share the model definition: the layers, their sizes and activations (e.g. the output of model.summary() or print(model))?</source>
        <translation>Können Sie die Modelldefinition zeigen: die Schichten, ihre Größen und Aktivierungen (z. B. die Ausgabe von model.summary() oder print(model))?</translation>
    </message>
    <message>
        <source>Which optimizer, learning rate, loss function, batch size and number of epochs do you train with?</source>
        <translation>Mit welchem Optimierer, welcher Lernrate, Verlustfunktion, Batchgröße und Anzahl an Epochen trainieren Sie?</translation>
    </message>
    <message>
        <source>Which batch size do you use, and does the error still occur with a smaller one?</source>
        <translation>Welche Batchgröße verwenden Sie, und tritt der Fehler mit einer kleineren noch auf?</translation>
    </message>
    <message>
        <source>Which batch size and loss function do you use, and how do you call fit (or your training loop)?</source>
        <translation>Welche Batchgröße und Verlustfunktion verwenden Sie, und wie rufen Sie fit (oder Ihre Trainingsschleife) auf?</translation>
    </message>
    <message>
        <source>Which arguments (optimizer, loss, batch size, epochs) do you pass to the call that fails?</source>
        <translation>Welche Argumente (Optimierer, Verlust, Batchgröße, Epochen) übergeben Sie dem fehlschlagenden Aufruf?</translation>
    </message>
    <message>
        <source>Which hyperparameters do you use: optimizer, learning rate, loss, batch size and epochs?</source>
        <translation>Welche Hyperparameter verwenden Sie: Optimierer, Lernrate, Verlust, Batchgröße und Epochen?</translation>
    </message>
    <message>
        <source>Could you post a minimal, complete code snippet, with its imports, that raises the error?</source>
        <translation>Können Sie einen minimalen, vollständigen Codeausschnitt mit seinen Imports posten, der den Fehler auslöst?</translation>
    </message>
    <message>
        <source>Could you post a minimal code snippet that builds the input and the model and makes the call that fails?</source>
        <translation>Können Sie einen minimalen Codeausschnitt posten, der die Eingabe und das Modell erstellt und den fehlschlagenden Aufruf macht?</translation>
    </message>
    <message>
        <source>Could you post the training code: how the model is compiled and trained (the fit call or the training loop)?</source>
        <translation>Können Sie den Trainingscode posten: wie das Modell kompiliert und trainiert wird (der fit-Aufruf oder die Trainingsschleife)?</translation>
    </message>
    <message>
        <source>Could you post the code that defines and trains the model?</source>
        <translation>Können Sie den Code posten, der das Modell definiert und trainiert?</translation>
    </message>
    <message>
        <source>Could you post a minimal code snippet that moves the model and the data to the GPU and fails?</source>
        <translation>Können Sie einen minimalen Codeausschnitt posten, der Modell und Daten auf die GPU verschiebt und fehlschlägt?</translation>
    </message>
    <message>
        <source>Could you post a minimal, complete code snippet that shows the problem?</source>
        <translation>Können Sie einen minimalen, vollständigen Codeausschnitt posten, der das Problem zeigt?</translation>
    </message>
    <message>
        <source>Could you paste the training log (loss and accuracy per epoch, for training and validation)?</source>
        <translation>Können Sie das Trainingsprotokoll einfügen (Verlust und Genauigkeit je Epoche, für Training und Validierung)?</translation>
    </message>
    <message>
        <source>Could you paste the full error message and the output of nvidia-smi, with your CUDA and driver versions?</source>
        <translation>Können Sie die vollständige Fehlermeldung und die Ausgabe von nvidia-smi einfügen, mit Ihren CUDA- und Treiberversionen?</translation>
    </message>
    <message>
        <source>Could you paste the full traceback, and the versions of the libraries you use (e.g. pip show tensorflow torch)?</source>
        <translation>Können Sie den vollständigen Traceback einfügen und die Versionen der verwendeten Bibliotheken (z. B. pip show tensorflow torch)?</translation>
    </message>
    <message>
        <source>Could you paste the full traceback, including the line that fails and the shapes it reports?</source>
        <translation>Können Sie den vollständigen Traceback einfügen, mit der fehlschlagenden Zeile und den gemeldeten Formen?</translation>
    </message>
    <message>
        <source>Could you paste the full traceback / the training log (loss and accuracy per epoch)?</source>
        <translation>Können Sie den vollständigen Traceback bzw. das Trainingsprotokoll einfügen (Verlust und Genauigkeit je Epoche)?</translation>
    </message>
    <message>
        <source>shape %1</source>
        <translation>Form %1</translation>
    </message>
    <message>
        <source>dtype %1</source>
        <translation>Datentyp %1</translation>
    </message>
    <message>
        <source>values in %1</source>
        <translation>Werte in %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>sequence length %1</source>
        <translation>Sequenzlänge %1</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>architecture %1</source>
        <translation>Architektur %1</translation>
    </message>
    <message>
        <source>layers: %1</source>
        <translation>Schichten: %1</translation>
    </message>
    <message>
        <source>activation %1</source>
        <translation>Aktivierung %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a Python code block of %n lines</source>
        <translation>
            <numerusform>ein Python-Codeblock mit %n Zeile</numerusform>
            <numerusform>ein Python-Codeblock mit %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Python code blocks, the longest of %2 lines</source>
        <translation>%1 Python-Codeblöcke, der längste mit %2 Zeilen</translation>
    </message>
    <message>
        <source> (without imports)</source>
        <translation> (ohne Imports)</translation>
    </message>
    <message>
        <source>only code fragments of a line or two, no runnable snippet</source>
        <translation>nur Codefragmente von ein, zwei Zeilen, kein lauffähiger Ausschnitt</translation>
    </message>
    <message>
        <source>no code block with Python code</source>
        <translation>kein Codeblock mit Python-Code</translation>
    </message>
    <message>
        <source>no error message, metrics, console output or traceback</source>
        <translation>keine Fehlermeldung, keine Metriken, keine Konsolenausgabe und kein Traceback</translation>
    </message>
    <message numerus="yes">
        <source>%n traceback block(s)</source>
        <translation>
            <numerusform>%n Traceback-Block</numerusform>
            <numerusform>%n Traceback-Blöcke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n console output block(s)</source>
        <translation>
            <numerusform>%n Block mit Konsolenausgabe</numerusform>
            <numerusform>%n Blöcke mit Konsolenausgabe</numerusform>
        </translation>
    </message>
    <message>
        <source>code that makes or loads data (%1)</source>
        <translation>Code, der Daten erzeugt oder lädt (%1)</translation>
    </message>
    <message>
        <source>no shape, dtype, value range, target or dataset, and no code that makes or loads data</source>
        <translation>keine Form, kein Datentyp, Wertebereich, Ziel oder Datensatz und kein Code, der Daten erzeugt oder lädt</translation>
    </message>
    <message>
        <source>model code (%1)</source>
        <translation>Modellcode (%1)</translation>
    </message>
    <message>
        <source>no architecture, layers or activations, and no model code</source>
        <translation>keine Architektur, keine Schichten oder Aktivierungen und kein Modellcode</translation>
    </message>
    <message>
        <source>set in the code (%1)</source>
        <translation>im Code gesetzt (%1)</translation>
    </message>
    <message>
        <source>no batch size, epochs, learning rate, optimizer or loss</source>
        <translation>keine Batchgröße, Epochen, Lernrate, kein Optimierer und kein Verlust</translation>
    </message>
    <message>
        <source>the errors and logs (%1)</source>
        <translation>den Fehlern und Protokollen (%1)</translation>
    </message>
</context>
<context>
    <name>CodeBlockKind</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Console output</source>
        <translation>Konsolenausgabe</translation>
    </message>
    <message>
        <source>Traceback</source>
        <translation>Traceback</translation>
    </message>
</context>
<context>
    <name>CodeModel</name>
    <message>
        <source>cannot parse: %1</source>
        <translation>Parsen nicht möglich: %1</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
</context>
<context>
    <name>CodeNormaliser</name>
    <message numerus="yes">
        <source>Replaced tab indentation by %n space(s) per tab (the snippet mixes tabs and spaces).</source>
        <translation>
            <numerusform>Tabulator-Einrückung durch %n Leerzeichen pro Tab ersetzt (der Code-Ausschnitt mischt Tabs und Leerzeichen).</numerusform>
            <numerusform>Tabulator-Einrückung durch %n Leerzeichen pro Tab ersetzt (der Code-Ausschnitt mischt Tabs und Leerzeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the console prompt &quot;&gt;&gt;&gt;&quot;.</source>
        <translation>Konsolen-Prompt &quot;&gt;&gt;&gt;&quot; entfernt.</translation>
    </message>
    <message>
        <source>Removed the console continuation prompt &quot;...&quot;.</source>
        <translation>Konsolen-Fortsetzungsprompt &quot;...&quot; entfernt.</translation>
    </message>
    <message>
        <source>Commented out console output.</source>
        <translation>Konsolenausgabe auskommentiert.</translation>
    </message>
    <message>
        <source>Removed the IPython prompt &quot;%1&quot;.</source>
        <translation>IPython-Prompt &quot;%1&quot; entfernt.</translation>
    </message>
    <message>
        <source>Removed the IPython continuation prompt &quot;...:&quot;.</source>
        <translation>IPython-Fortsetzungsprompt &quot;...:&quot; entfernt.</translation>
    </message>
    <message>
        <source>Commented out IPython output.</source>
        <translation>IPython-Ausgabe auskommentiert.</translation>
    </message>
    <message>
        <source>Commented out a notebook shell command.</source>
        <translation>Einen Shell-Befehl des Notebooks auskommentiert.</translation>
    </message>
    <message>
        <source>Commented out a notebook magic.</source>
        <translation>Einen Magic-Befehl des Notebooks auskommentiert.</translation>
    </message>
</context>
<context>
    <name>CompilerErrors</name>
    <message>
        <source>Removed %1 columns of indentation common to every line (the snippet was cut from inside a block).</source>
        <translation>Die allen Zeilen gemeinsame Einrückung von %1 Spalten entfernt (der Code-Ausschnitt stammt aus dem Inneren eines Blocks).</translation>
    </message>
    <message>
        <source>Python 2 print statement → print() call.</source>
        <translation>Python-2-print-Anweisung → print()-Aufruf.</translation>
    </message>
    <message>
        <source>Python 2 &quot;except E, e&quot; → &quot;except E as e&quot;.</source>
        <translation>Python 2: &quot;except E, e&quot; → &quot;except E as e&quot;.</translation>
    </message>
    <message>
        <source>Removed a &quot;...&quot; placeholder argument.</source>
        <translation>Ein Platzhalter-Argument &quot;...&quot; entfernt.</translation>
    </message>
    <message>
        <source>Python 2 %1 → %2.</source>
        <translation>Python 2: %1 → %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used but never defined: a common default is given.</source>
        <translation>&quot;%1&quot; wird verwendet, aber nie definiert: ein üblicher Standardwert wurde gesetzt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is called but never defined: a stub that says so was added.</source>
        <translation>&quot;%1&quot; wird aufgerufen, aber nie definiert: ein Stub, der das meldet, wurde ergänzt.</translation>
    </message>
    <message>
        <source>What is &quot;%1&quot;? It is used but never defined.</source>
        <translation>Was ist &quot;%1&quot;? Es wird verwendet, aber nie definiert.</translation>
    </message>
    <message>
        <source>Import needed by a default that was added.</source>
        <translation>Import, den ein ergänzter Standardwert braucht.</translation>
    </message>
    <message>
        <source>Line %1 still does not parse: %2</source>
        <translation>Zeile %1 lässt sich noch immer nicht parsen: %2</translation>
    </message>
    <message>
        <source>Makes the snippet parse and run: prompts, magics, indentation, Python 2 syntax, placeholders and undefined helpers, each change explained.</source>
        <translation>Macht den Code-Ausschnitt parsebar und lauffähig: Prompts, Magic-Befehle, Einrückung, Python-2-Syntax, Platzhalter und undefinierte Hilfsfunktionen, jede Änderung begründet.</translation>
    </message>
    <message>
        <source>the snippet parses and has no undefined helpers</source>
        <translation>der Code-Ausschnitt lässt sich parsen und hat keine undefinierten Hilfsfunktionen</translation>
    </message>
    <message>
        <source>Added the colon missing at the end of a block header.</source>
        <translation>Den fehlenden Doppelpunkt am Ende eines Blockkopfs ergänzt.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1: is a folder, not a database file</source>
        <translation>%1: ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>%1: keine solche Datenbank</translation>
    </message>
    <message>
        <source>%1: not an SQLite database (or it is damaged); it was left as it is</source>
        <translation>%1: keine SQLite-Datenbank (oder sie ist beschädigt); sie wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not a readable SQLite database: %2</source>
        <translation>%1: keine lesbare SQLite-Datenbank: %2</translation>
    </message>
    <message>
        <source>%1: damaged dlrepro database (no application recorded)</source>
        <translation>%1: beschädigte dlrepro-Datenbank (keine Anwendung eingetragen)</translation>
    </message>
    <message>
        <source>%1: is a %2 database, not a %3 database</source>
        <translation>%1: ist eine %2-Datenbank, keine %3-Datenbank</translation>
    </message>
    <message>
        <source>%1: is an SQLite database of another application, not a %2 database; it was left as it is</source>
        <translation>%1: ist eine SQLite-Datenbank einer anderen Anwendung, keine %2-Datenbank; sie wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>%1: was written by a newer dlrepro (schema version %2; this build knows up to %3). Nothing was changed; update dlrepro to open it.</source>
        <translation>%1: wurde von einem neueren dlrepro geschrieben (Schemaversion %2; dieser Build kennt bis %3). Es wurde nichts geändert; aktualisieren Sie dlrepro, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>schema step %1: %2</source>
        <translation>Schemaschritt %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot bring the database to schema version %2: %3</source>
        <translation>%1: die Datenbank kann nicht auf Schemaversion %2 gebracht werden: %3</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: Transaktion kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot commit: %2</source>
        <translation>%1: Commit nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: PostgreSQL servers are not supported in this build; use an SQLite file</source>
        <translation>%1: PostgreSQL-Server werden in diesem Build nicht unterstützt; verwenden Sie eine SQLite-Datei</translation>
    </message>
</context>
<context>
    <name>Dynamics</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 holds no training dynamics of seed %2</source>
        <translation>%1 enthält keine Trainingsdynamik für Seed %2</translation>
    </message>
    <message>
        <source>%1 holds no training dynamics (no index.json, dynamics/ or seed-N/dynamics/): run the snippet with --dynamics and --out</source>
        <translation>%1 enthält keine Trainingsdynamik (kein index.json, dynamics/ oder seed-N/dynamics/): führen Sie den Ausschnitt mit --dynamics und --out aus</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>biases</source>
        <translation>Biases</translation>
    </message>
    <message>
        <source>weight gradients</source>
        <translation>Gewichtsgradienten</translation>
    </message>
    <message>
        <source>bias gradients</source>
        <translation>Bias-Gradienten</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>variance</source>
        <translation>Varianz</translation>
    </message>
    <message>
        <source>standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <source>skewness</source>
        <translation>Schiefe</translation>
    </message>
    <message>
        <source>kurtosis</source>
        <translation>Kurtosis</translation>
    </message>
    <message>
        <source>sparsity</source>
        <translation>Dünnbesetztheit</translation>
    </message>
    <message>
        <source>exact zeros</source>
        <translation>exakte Nullen</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <source>the helper&apos;s answer holds no step records</source>
        <translation>die Antwort des Helfers enthält keine Schritt-Einträge</translation>
    </message>
    <message>
        <source>cannot read the thresholds file %1: %2</source>
        <translation>die Schwellenwertdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the thresholds file %1 is not a JSON object: %2</source>
        <translation>die Schwellenwertdatei %1 ist kein JSON-Objekt: %2</translation>
    </message>
</context>
<context>
    <name>DynamicsSymptom</name>
    <message>
        <source>the first layer&apos;s gradient norm (%1, layer %2) is %3 of the last layer&apos;s at step %4 (below %5 and %6); %7 of %8 saved steps show it</source>
        <translation>die Gradientennorm der ersten Schicht (%1, Schicht %2) beträgt bei Schritt %4 %3 der Norm der letzten Schicht (unter %5 und %6); %7 von %8 gespeicherten Schritten zeigen es</translation>
    </message>
    <message>
        <source>layer %1 has NaN or Inf gradients or weights from step %2 on</source>
        <translation>Schicht %1 hat ab Schritt %2 NaN- oder Inf-Gradienten oder -Gewichte</translation>
    </message>
    <message>
        <source>the first layer&apos;s gradient norm (layer %1) is %2 times the last layer&apos;s at step %3 (above %4); %5 of %6 saved steps show it</source>
        <translation>die Gradientennorm der ersten Schicht (Schicht %1) ist bei Schritt %3 %2-mal so groß wie die der letzten Schicht (über %4); %5 von %6 gespeicherten Schritten zeigen es</translation>
    </message>
    <message>
        <source>%1% of layer %2&apos;s weight gradients are exactly zero (from step %3; threshold %4%); %5 of %6 saved steps show it</source>
        <translation>%1% der Gewichtsgradienten von Schicht %2 sind exakt null (ab Schritt %3; Schwellenwert %4%); %5 von %6 gespeicherten Schritten zeigen es</translation>
    </message>
    <message>
        <source>the loss changes direction at %1% of steps (threshold %2%) with a mean step-to-step change of %3% of the mean loss (threshold %4%); the biggest jump is at step %5</source>
        <translation>der Loss wechselt bei %1% der Schritte die Richtung (Schwellenwert %2%), mit einer mittleren Änderung von Schritt zu Schritt von %3% des mittleren Loss (Schwellenwert %4%); der größte Sprung liegt bei Schritt %5</translation>
    </message>
    <message>
        <source>the loss went from %1 to %2 over %3 steps: a decrease of %4% (less than %5%)</source>
        <translation>der Loss ging über %3 Schritte von %1 auf %2 zurück: eine Abnahme um %4% (weniger als %5%)</translation>
    </message>
    <message>
        <source>vanishing gradients</source>
        <translation>verschwindende Gradienten</translation>
    </message>
    <message>
        <source>exploding gradients</source>
        <translation>explodierende Gradienten</translation>
    </message>
    <message>
        <source>dying ReLU</source>
        <translation>sterbende ReLU</translation>
    </message>
    <message>
        <source>oscillating loss</source>
        <translation>oszillierender Loss</translation>
    </message>
    <message>
        <source>slow convergence</source>
        <translation>langsame Konvergenz</translation>
    </message>
</context>
<context>
    <name>EditAction</name>
    <message>
        <source>Input Data Generation</source>
        <translation>Erzeugung von Eingabedaten</translation>
    </message>
    <message>
        <source>Neural Network Construction</source>
        <translation>Aufbau des neuronalen Netzes</translation>
    </message>
    <message>
        <source>Hyperparameter Initialization</source>
        <translation>Initialisierung der Hyperparameter</translation>
    </message>
    <message>
        <source>Import Addition &amp; Dependency Resolution</source>
        <translation>Ergänzen von Imports &amp; Auflösen von Abhängigkeiten</translation>
    </message>
    <message>
        <source>Import Addition</source>
        <translation>Ergänzen von Imports</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Protokollierung</translation>
    </message>
    <message>
        <source>Obsolete Parameter Removal</source>
        <translation>Entfernen veralteter Parameter</translation>
    </message>
    <message>
        <source>Compiler Error Resolution</source>
        <translation>Beheben von Compilerfehlern</translation>
    </message>
    <message>
        <source>Dataset Procurement</source>
        <translation>Beschaffen des Datensatzes</translation>
    </message>
    <message>
        <source>Downloading Models &amp; Tokenizers</source>
        <translation>Herunterladen von Modellen &amp; Tokenizern</translation>
    </message>
    <message>
        <source>Downloading Models</source>
        <translation>Herunterladen von Modellen</translation>
    </message>
    <message>
        <source>Version Migration</source>
        <translation>Versionsmigration</translation>
    </message>
    <message>
        <source>the action %1 (%2) is not available in this build</source>
        <translation>die Aktion %1 (%2) ist in diesem Build nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>EditProposal</name>
    <message>
        <source>the code changed since the proposal was made; analyse it again</source>
        <translation>der Code hat sich seit dem Vorschlag geändert; bitte erneut analysieren</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>originalCode and newCode must be strings</source>
        <translation>originalCode und newCode müssen Zeichenketten sein</translation>
    </message>
    <message>
        <source>a fact has an unknown kind</source>
        <translation>ein Fakt hat eine unbekannte Art</translation>
    </message>
</context>
<context>
    <name>EmbeddingStatementScorer</name>
    <message>
        <source>export all-MiniLM-L6-v2 with resources/models/export_minilm.py and set %1 or DLREPRO_EMBEDDING_MODEL to its folder</source>
        <translation>exportieren Sie all-MiniLM-L6-v2 mit resources/models/export_minilm.py und setzen Sie %1 oder DLREPRO_EMBEDDING_MODEL auf dessen Ordner</translation>
    </message>
    <message>
        <source>no sentence-embedding model is configured; %1</source>
        <translation>es ist kein Satz-Embedding-Modell eingerichtet; %1</translation>
    </message>
    <message>
        <source>the sentence-embedding model folder %1 does not exist; %2</source>
        <translation>der Ordner %1 des Satz-Embedding-Modells existiert nicht; %2</translation>
    </message>
    <message>
        <source>the tensor helper dlrepro-tensor is not installed next to %1 (nor named by DLREPRO_TENSOR)</source>
        <translation>der Tensor-Helfer dlrepro-tensor ist nicht neben %1 installiert (und auch nicht durch DLREPRO_TENSOR angegeben)</translation>
    </message>
    <message>
        <source>the sentence-embedding model could not be used: %1</source>
        <translation>das Satz-Embedding-Modell konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>the tensor helper returned %1 vectors for %2 texts</source>
        <translation>der Tensor-Helfer lieferte %1 Vektoren für %2 Texte</translation>
    </message>
</context>
<context>
    <name>ErrorMatch</name>
    <message>
        <source>exact match</source>
        <translation>genaue Übereinstimmung</translation>
    </message>
    <message>
        <source>match after normalising</source>
        <translation>Übereinstimmung nach Normalisierung</translation>
    </message>
    <message>
        <source>same type, different message</source>
        <translation>gleiche Art, andere Meldung</translation>
    </message>
    <message>
        <source>different error</source>
        <translation>anderer Fehler</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
</context>
<context>
    <name>Expectation</name>
    <message>
        <source>the report</source>
        <translation>der Bericht</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <source>%1, traceback: &quot;%2&quot;</source>
        <translation>%1, Traceback: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, text: &quot;%2&quot;</source>
        <translation>%1, Text: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--expect-error needs &quot;Type: message&quot;</source>
        <translation>--expect-error erwartet &quot;Typ: Meldung&quot;</translation>
    </message>
    <message>
        <source>--expect-error: &apos;%1&apos; is not &quot;Type: message&quot; (the type is a Python name such as RuntimeError)</source>
        <translation>--expect-error: &apos;%1&apos; ist nicht &quot;Typ: Meldung&quot; (der Typ ist ein Python-Name wie RuntimeError)</translation>
    </message>
    <message>
        <source>--expect-error</source>
        <translation>--expect-error</translation>
    </message>
    <message>
        <source>--expect-metric needs name=value[%] (e.g. accuracy=34%), not &apos;%1&apos;</source>
        <translation>--expect-metric erwartet name=wert[%] (z. B. accuracy=34%), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--expect-metric: &apos;%1&apos; is not a number</source>
        <translation>--expect-metric: &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>--expect-metric</source>
        <translation>--expect-metric</translation>
    </message>
    <message>
        <source>--metric-regex: %1 at offset %2</source>
        <translation>--metric-regex: %1 an Position %2</translation>
    </message>
    <message>
        <source>--metric-regex needs exactly one capture group around the number (it has %1)</source>
        <translation>--metric-regex braucht genau eine Gruppe um die Zahl (er hat %1)</translation>
    </message>
    <message>
        <source>--tolerance must be a relative tolerance in (0, 1] such as 0.05 or 5%, not &apos;%1&apos;</source>
        <translation>--tolerance muss eine relative Toleranz in (0, 1] sein, etwa 0.05 oder 5%, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>nothing to expect</source>
        <translation>nichts zu erwarten</translation>
    </message>
    <message>
        <source>the snippet raises %1</source>
        <translation>der Ausschnitt löst %1 aus</translation>
    </message>
    <message>
        <source>the snippet raises %1: %2</source>
        <translation>der Ausschnitt löst %1 aus: %2</translation>
    </message>
    <message>
        <source>%1 is %2%3 (within ±%4%)</source>
        <translation>%1 ist %2%3 (innerhalb ±%4%)</translation>
    </message>
</context>
<context>
    <name>FactKind</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Value range</source>
        <translation>Wertebereich</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Sequenzlänge</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Hyperparameter</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Python version</source>
        <translation>Python-Version</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
</context>
<context>
    <name>GitRepository</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>unbekannter libgit2-Fehler</translation>
    </message>
    <message>
        <source>no commit &apos;%1&apos; in %2</source>
        <translation>kein Commit &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a commit</source>
        <translation>&apos;%1&apos; in %2 ist kein Commit</translation>
    </message>
    <message>
        <source>the repository %1 is locked: %2 exists (another git process is working on it, or one crashed; remove the file when none is running)</source>
        <translation>das Repository %1 ist gesperrt: %2 existiert (ein anderer git-Prozess arbeitet daran, oder einer ist abgestürzt; entfernen Sie die Datei, wenn keiner läuft)</translation>
    </message>
    <message>
        <source>cannot make a signature for %1 &lt;%2&gt;</source>
        <translation>für %1 &lt;%2&gt; kann keine Signatur erstellt werden</translation>
    </message>
    <message>
        <source>cannot read the tree to commit in %1</source>
        <translation>der zu committende Baum in %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot commit in %1</source>
        <translation>in %1 kann nicht committet werden</translation>
    </message>
    <message>
        <source>cannot read the status of %1</source>
        <translation>der Status von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read a commit&apos;s tree in %1</source>
        <translation>der Baum eines Commits in %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot update the working tree of %1</source>
        <translation>das Arbeitsverzeichnis von %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create a git repository in %1</source>
        <translation>in %1 kann kein git-Repository angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 is not a git repository</source>
        <translation>%1 ist kein git-Repository</translation>
    </message>
    <message>
        <source>%1 is a bare git repository (it has no working tree)</source>
        <translation>%1 ist ein Bare-git-Repository (es hat kein Arbeitsverzeichnis)</translation>
    </message>
    <message>
        <source>no repository is open</source>
        <translation>es ist kein Repository geöffnet</translation>
    </message>
    <message>
        <source>cannot read the index of %1</source>
        <translation>der Index von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot stage the changes in %1</source>
        <translation>die Änderungen in %1 können nicht vorgemerkt werden</translation>
    </message>
    <message>
        <source>cannot write the tree of %1</source>
        <translation>der Baum von %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>nothing to commit in %1</source>
        <translation>in %1 gibt es nichts zu committen</translation>
    </message>
    <message>
        <source>cannot write the index of %1</source>
        <translation>der Index von %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot resolve HEAD in %1</source>
        <translation>HEAD in %1 kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>cannot walk the history of %1</source>
        <translation>die Historie von %1 kann nicht durchlaufen werden</translation>
    </message>
    <message>
        <source>cannot read commit %1 in %2</source>
        <translation>Commit %1 in %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the tree of %1</source>
        <translation>der Baum von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the parent of %1</source>
        <translation>der Vorgänger von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot diff %1</source>
        <translation>der Diff von %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot format the diff of %1</source>
        <translation>der Diff von %1 kann nicht formatiert werden</translation>
    </message>
    <message>
        <source>cannot read the diff of %1</source>
        <translation>der Diff von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 has uncommitted changes: commit them (a checkpoint) before reverting</source>
        <translation>%1 hat nicht committete Änderungen: committen Sie sie (als Checkpoint), bevor Sie zurücksetzen</translation>
    </message>
    <message>
        <source>%1 is a merge commit; reverting one is not supported</source>
        <translation>%1 ist ein Merge-Commit; ihn rückgängig zu machen wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 is the first commit; there is nothing before it to go back to</source>
        <translation>%1 ist der erste Commit; es gibt davor nichts, wohin man zurückkehren könnte</translation>
    </message>
    <message>
        <source>cannot revert %1</source>
        <translation>%1 kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>reverting %1 conflicts with later changes; nothing was changed</source>
        <translation>das Rückgängigmachen von %1 steht im Konflikt mit späteren Änderungen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>cannot write the reverted tree</source>
        <translation>der rückgängig gemachte Baum kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot read the reverted tree</source>
        <translation>der rückgängig gemachte Baum kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid branch name</source>
        <translation>&apos;%1&apos; ist kein gültiger Branch-Name</translation>
    </message>
    <message>
        <source>a branch &apos;%1&apos; already exists in %2</source>
        <translation>ein Branch &apos;%1&apos; existiert bereits in %2</translation>
    </message>
    <message>
        <source>cannot create the branch &apos;%1&apos;</source>
        <translation>der Branch &apos;%1&apos; kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no branch &apos;%1&apos; in %2</source>
        <translation>kein Branch &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>%1 has uncommitted changes: commit them (a checkpoint) before switching branches</source>
        <translation>%1 hat nicht committete Änderungen: committen Sie sie (als Checkpoint), bevor Sie den Branch wechseln</translation>
    </message>
    <message>
        <source>cannot read the branch &apos;%1&apos;</source>
        <translation>der Branch &apos;%1&apos; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot switch to the branch &apos;%1&apos;</source>
        <translation>zum Branch &apos;%1&apos; kann nicht gewechselt werden</translation>
    </message>
    <message>
        <source>cannot list the branches of %1</source>
        <translation>die Branches von %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>no such file at %1: %2</source>
        <translation>keine solche Datei bei %1: %2</translation>
    </message>
    <message>
        <source>%1 at %2 is not a file</source>
        <translation>%1 bei %2 ist keine Datei</translation>
    </message>
    <message>
        <source>cannot read %1 at %2</source>
        <translation>%1 bei %2 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Glm</name>
    <message>
        <source>the model has no observations or no terms</source>
        <translation>das Modell hat keine Beobachtungen oder keine Terme</translation>
    </message>
    <message>
        <source>the design has %1 rows but the response has %2 values</source>
        <translation>die Designmatrix hat %1 Zeilen, die Zielvariable aber %2 Werte</translation>
    </message>
    <message>
        <source>response value %1 of row %2 is not 0 or 1</source>
        <translation>der Wert %1 der Zielvariable in Zeile %2 ist nicht 0 oder 1</translation>
    </message>
    <message>
        <source>the design matrix holds a value that is not a finite number</source>
        <translation>die Designmatrix enthält einen Wert, der keine endliche Zahl ist</translation>
    </message>
    <message>
        <source>the iteration limit must be at least 1</source>
        <translation>die Iterationsgrenze muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>no response column given</source>
        <translation>keine Spalte für die Zielvariable angegeben</translation>
    </message>
    <message>
        <source>the response column &apos;%1&apos; is not in the table (columns: %2)</source>
        <translation>die Zielvariablen-Spalte &apos;%1&apos; ist nicht in der Tabelle (Spalten: %2)</translation>
    </message>
    <message>
        <source>the model has no terms</source>
        <translation>das Modell hat keine Terme</translation>
    </message>
    <message>
        <source>the dummy column &apos;%1&apos; is not one of the terms</source>
        <translation>die Dummy-Spalte &apos;%1&apos; ist keiner der Terme</translation>
    </message>
    <message>
        <source>the term &apos;%1&apos; is not a column of the table (columns: %2)</source>
        <translation>der Term &apos;%1&apos; ist keine Spalte der Tabelle (Spalten: %2)</translation>
    </message>
    <message>
        <source>the response &apos;%1&apos; cannot also be a term</source>
        <translation>die Zielvariable &apos;%1&apos; kann nicht zugleich ein Term sein</translation>
    </message>
    <message>
        <source>the term &apos;%1&apos; is listed twice</source>
        <translation>der Term &apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>the table has no rows</source>
        <translation>die Tabelle hat keine Zeilen</translation>
    </message>
    <message>
        <source>row %1: the column &apos;%2&apos; is empty</source>
        <translation>Zeile %1: die Spalte &apos;%2&apos; ist leer</translation>
    </message>
    <message>
        <source>row %1: the column &apos;%2&apos; holds &apos;%3&apos;, which is not a number (list it with --dummies if it is categorical)</source>
        <translation>Zeile %1: die Spalte &apos;%2&apos; enthält &apos;%3&apos;, was keine Zahl ist (führen Sie sie mit --dummies auf, wenn sie kategorial ist)</translation>
    </message>
    <message>
        <source>the model has no columns</source>
        <translation>das Modell hat keine Spalten</translation>
    </message>
    <message>
        <source>row %1: the response &apos;%2&apos; holds &apos;%3&apos;; it must be 0 or 1</source>
        <translation>Zeile %1: die Zielvariable &apos;%2&apos; enthält &apos;%3&apos;; sie muss 0 oder 1 sein</translation>
    </message>
    <message>
        <source>line %1, field %2: %3</source>
        <translation>Zeile %1, Feld %2: %3</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>line %1 has %2 cells but the header has %3</source>
        <translation>Zeile %1 hat %2 Zellen, die Kopfzeile aber %3</translation>
    </message>
    <message numerus="yes">
        <source>Binomial GLM (logit link) of %n observation(s)</source>
        <translation>
            <numerusform>Binomiales GLM (Logit-Link) mit %n Beobachtung</numerusform>
            <numerusform>Binomiales GLM (Logit-Link) mit %n Beobachtungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzwert</translation>
    </message>
    <message>
        <source>Std. Error</source>
        <translation>Std.-Fehler</translation>
    </message>
    <message>
        <source>z value</source>
        <translation>z-Wert</translation>
    </message>
    <message>
        <source>Pr &gt; |z|</source>
        <translation>Pr &gt; |z|</translation>
    </message>
    <message>
        <source>95% CI low</source>
        <translation>95%-KI unten</translation>
    </message>
    <message>
        <source>95% CI high</source>
        <translation>95%-KI oben</translation>
    </message>
    <message>
        <source>Effect Size (OR)</source>
        <translation>Effektstärke (OR)</translation>
    </message>
    <message>
        <source>aliased</source>
        <translation>aliasiert</translation>
    </message>
</context>
<context>
    <name>Hints</name>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>(under the minimum confidence %1)</source>
        <translation>(unter der Mindestkonfidenz %1)</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos;</source>
        <translation>Tag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Mixed bug (%1): the rules of %2</source>
        <translation>Gemischter Fehler (%1): die Regeln für %2</translation>
    </message>
    <message>
        <source>Mixed bug (%1): the rules of %2 merged (mean confidence; an item a type does not list counts 0 for it)</source>
        <translation>Gemischter Fehler (%1): die Regeln für %2 zusammengeführt (mittlere Konfidenz; ein Element, das eine Art nicht aufführt, zählt dort 0)</translation>
    </message>
    <message>
        <source>no rules for %1 in this rulebook</source>
        <translation>keine Regeln für %1 in diesem Regelwerk</translation>
    </message>
    <message>
        <source>Mixed bug: the rulebook&apos;s rules for Mixed bugs</source>
        <translation>Gemischter Fehler: die Regeln des Regelwerks für gemischte Fehler</translation>
    </message>
    <message>
        <source>Mixed bug of unknown types: overall rules</source>
        <translation>Gemischter Fehler unbekannter Arten: Gesamtregeln</translation>
    </message>
    <message>
        <source>Mixed bug (%1), no rules for its types: overall rules</source>
        <translation>Gemischter Fehler (%1), keine Regeln für seine Arten: Gesamtregeln</translation>
    </message>
    <message>
        <source>No bug type decided it: overall rules</source>
        <translation>Keine Fehlerart hat entschieden: Gesamtregeln</translation>
    </message>
    <message>
        <source>No rules for %1 bugs in this rulebook: overall rules</source>
        <translation>Keine Regeln für %1-Fehler in diesem Regelwerk: Gesamtregeln</translation>
    </message>
    <message>
        <source>the rules hold no information ranking; Data&apos;s key phrases are used</source>
        <translation>die Regeln enthalten keine Rangfolge der Informationen; die Schlüsselphrasen für Daten werden verwendet</translation>
    </message>
    <message>
        <source>the report has no prose outside its code blocks</source>
        <translation>der Bericht hat außerhalb seiner Codeblöcke keinen Fließtext</translation>
    </message>
    <message>
        <source>no sentence mentions the key phrases; the first sentence is shown</source>
        <translation>kein Satz erwähnt die Schlüsselphrasen; der erste Satz wird gezeigt</translation>
    </message>
    <message>
        <source>Thanks for the report. To reproduce the bug it would help to know:</source>
        <translation>Danke für den Bericht. Um den Fehler zu reproduzieren, wäre Folgendes hilfreich:</translation>
    </message>
    <message>
        <source>Bug type: %1</source>
        <translation>Fehlerart: %1</translation>
    </message>
    <message>
        <source>Rules: %1; minimum confidence %2</source>
        <translation>Regeln: %1; Mindestkonfidenz %2</translation>
    </message>
    <message>
        <source>Information (confidence, in this report)</source>
        <translation>Informationen (Konfidenz, in diesem Bericht)</translation>
    </message>
    <message>
        <source>Edit actions (confidence)</source>
        <translation>Bearbeitungsschritte (Konfidenz)</translation>
    </message>
    <message>
        <source>Focus: %1 key phrases %2</source>
        <translation>Schwerpunkt: %1 Schlüsselphrasen %2</translation>
    </message>
    <message>
        <source>; %1 score %2</source>
        <translation>; %1 Punktzahl %2</translation>
    </message>
    <message>
        <source>Sub-fault: %1 (from %2)</source>
        <translation>Teilfehler: %1 (aus %2)</translation>
    </message>
    <message>
        <source>no edit-action rules for it in this rulebook</source>
        <translation>keine Regeln für Bearbeitungsschritte dazu in diesem Regelwerk</translation>
    </message>
    <message>
        <source>Follow-up questions for the reporter</source>
        <translation>Rückfragen an die meldende Person</translation>
    </message>
</context>
<context>
    <name>ImportAddition</name>
    <message>
        <source>&quot;%1&quot; is used but never defined: %2.</source>
        <translation>&quot;%1&quot; wird verwendet, aber nie definiert: %2.</translation>
    </message>
    <message>
        <source>Adds the imports for names the snippet uses but never defines, from the import knowledge base (tf.keras unless the snippet imports standalone keras).</source>
        <translation>Ergänzt die Imports für Namen, die der Code-Ausschnitt verwendet, aber nie definiert, aus der Import-Wissensbasis (tf.keras, sofern der Code-Ausschnitt nicht das eigenständige keras importiert).</translation>
    </message>
    <message>
        <source>every name the snippet uses is defined or imported</source>
        <translation>jeder Name, den der Code-Ausschnitt verwendet, ist definiert oder importiert</translation>
    </message>
    <message>
        <source>Where does &quot;%1&quot; come from? It is used but never defined.</source>
        <translation>Woher kommt &quot;%1&quot;? Es wird verwendet, aber nie definiert.</translation>
    </message>
</context>
<context>
    <name>InformationCategory</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <source>Code Snippet</source>
        <translation>Codeausschnitt</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>set by the user (was %1)</source>
        <translation>vom Benutzer gesetzt (war %1)</translation>
    </message>
</context>
<context>
    <name>InspectionText</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Frameworks:</source>
        <translation>Frameworks:</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>keine erkannt</translation>
    </message>
    <message>
        <source>Blocks:</source>
        <translation>Blöcke:</translation>
    </message>
    <message>
        <source>%1 code, %2 console output, %3 traceback</source>
        <translation>%1 Code, %2 Konsolenausgabe, %3 Traceback</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Antworten:</translation>
    </message>
    <message>
        <source> (one accepted)</source>
        <translation> (eine akzeptiert)</translation>
    </message>
    <message>
        <source>Bug type:</source>
        <translation>Fehlerart:</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <source>Facts (%1)</source>
        <translation>Fakten (%1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>Logging</name>
    <message>
        <source>Shows the shape and dtype of &quot;%1&quot; before the failing call (line %2).</source>
        <translation>Zeigt Form und dtype von &quot;%1&quot; vor dem fehlschlagenden Aufruf (Zeile %2).</translation>
    </message>
    <message>
        <source>Prints the loss after each epoch.</source>
        <translation>Gibt den Loss nach jeder Epoche aus.</translation>
    </message>
    <message>
        <source>Reports the metric the report quotes (%1) to the harness.</source>
        <translation>Meldet dem Harness die im Bericht zitierte Metrik (%1).</translation>
    </message>
    <message>
        <source>Adds logging that exposes the symptom: shapes and dtypes at the failing call, the loss per epoch and the reported metric.</source>
        <translation>Ergänzt Protokollierung, die das Symptom sichtbar macht: Formen und dtypes am fehlschlagenden Aufruf, den Loss pro Epoche und die gemeldete Metrik.</translation>
    </message>
    <message>
        <source>no failing call, epoch loop or reported metric to log</source>
        <translation>kein fehlschlagender Aufruf, keine Epochenschleife und keine gemeldete Metrik zum Protokollieren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The tensor helper dlrepro-tensor is not installed next to dlrepro, so the dynamics cannot be read.</source>
        <translation>Der Tensor-Helfer dlrepro-tensor ist nicht neben dlrepro installiert, daher kann die Dynamik nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>NotebookExport</name>
    <message>
        <source>Source: &lt;%1&gt;</source>
        <translation>Quelle: &lt;%1&gt;</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>Bug type: %1</source>
        <translation>Fehlerart: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>## Verdict</source>
        <translation>## Urteil</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>**%1**: %2 of %3 seeds show the bug.</source>
        <translation>**%1**: %2 von %3 Seeds zeigen den Fehler.</translation>
    </message>
    <message>
        <source>Interpreter: `%1`, device: %2</source>
        <translation>Interpreter: `%1`, Gerät: %2</translation>
    </message>
    <message>
        <source>Edit actions used:</source>
        <translation>Verwendete Bearbeitungsaktionen:</translation>
    </message>
    <message>
        <source>Workspace commit: `%1`</source>
        <translation>Commit im Arbeitsbereich: `%1`</translation>
    </message>
    <message>
        <source>## Original code snippet (as reported)</source>
        <translation>## Ursprünglicher Code-Ausschnitt (wie berichtet)</translation>
    </message>
    <message>
        <source>%1 is a folder; give the notebook&apos;s file name (…/bug.ipynb)</source>
        <translation>%1 ist ein Ordner; geben Sie den Dateinamen des Notebooks an (…/bug.ipynb)</translation>
    </message>
    <message>
        <source>%1 already exists (replace it with --force)</source>
        <translation>%1 existiert bereits (mit --force ersetzen)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ObsoleteParameters</name>
    <message>
        <source>Removed %1 (gone since %2): %3 is already given.</source>
        <translation>%1 entfernt (seit %2 entfallen): %3 ist bereits angegeben.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2 (%1 was removed in %3).</source>
        <translation>%1 in %2 umbenannt (%1 wurde in %3 entfernt).</translation>
    </message>
    <message>
        <source>Removed %1 (removed in %2).</source>
        <translation>%1 entfernt (in %2 weggefallen).</translation>
    </message>
    <message>
        <source>Removed %1 (%2): %3 says how to reduce.</source>
        <translation>%1 entfernt (%2): %3 legt fest, wie reduziert wird.</translation>
    </message>
    <message>
        <source>Replaced %1=%2 by %3=%4 (%1 is deprecated since %5).</source>
        <translation>%1=%2 durch %3=%4 ersetzt (%1 ist seit %5 veraltet).</translation>
    </message>
    <message>
        <source>Replaced %1=%2 by %3=%4, the default (%1 is deprecated since %5; check the value).</source>
        <translation>%1=%2 durch den Standardwert %3=%4 ersetzt (%1 ist seit %5 veraltet; Wert prüfen).</translation>
    </message>
    <message>
        <source>Renames or removes keyword arguments that current framework versions no longer accept (versioned rule table).</source>
        <translation>Benennt Schlüsselwortargumente um oder entfernt sie, wenn aktuelle Framework-Versionen sie nicht mehr annehmen (versionierte Regeltabelle).</translation>
    </message>
    <message>
        <source>no call uses an obsolete parameter</source>
        <translation>kein Aufruf verwendet einen veralteten Parameter</translation>
    </message>
</context>
<context>
    <name>PackageExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 was never committed</source>
        <translation>%1: %2 wurde nie committet</translation>
    </message>
    <message>
        <source>the workspace was never verified: output.txt is empty</source>
        <translation>der Arbeitsbereich wurde nie geprüft: output.txt ist leer</translation>
    </message>
    <message>
        <source>the workspace has uncommitted changes; they are not exported (checkpoint them first)</source>
        <translation>der Arbeitsbereich hat nicht committete Änderungen; sie werden nicht exportiert (legen Sie zuerst einen Checkpoint an)</translation>
    </message>
    <message>
        <source>%1 already exists (replace it with --force)</source>
        <translation>%1 existiert bereits (mit --force ersetzen)</translation>
    </message>
    <message>
        <source>cannot move %1 aside: %2</source>
        <translation>%1 kann nicht beiseitegeschoben werden: %2</translation>
    </message>
    <message>
        <source>cannot move the export into %1: %2</source>
        <translation>der Export kann nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <source>the bug id &apos;%1&apos; cannot be a folder name</source>
        <translation>die Fehler-ID &apos;%1&apos; kann kein Ordnername sein</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1: %2</source>
        <translation>in %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>%1 is too large (over 64 MB)</source>
        <translation>%1 ist zu groß (über 64 MB)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a replication-package bug folder: it has neither main.py nor original_code_snippet.py</source>
        <translation>%1 ist kein Fehlerordner eines Replikationspakets: er hat weder main.py noch original_code_snippet.py</translation>
    </message>
    <message>
        <source>%1 has no row for bug %2</source>
        <translation>%1 hat keine Zeile für Fehler %2</translation>
    </message>
    <message>
        <source>Replication package bug %1</source>
        <translation>Fehler %1 aus dem Replikationspaket</translation>
    </message>
    <message>
        <source>Imported from the replication package folder %1.</source>
        <translation>Aus dem Ordner %1 des Replikationspakets importiert.</translation>
    </message>
    <message>
        <source>Type of bug: %1</source>
        <translation>Fehlerart: %1</translation>
    </message>
    <message>
        <source>Output of the reproduction (output.txt):</source>
        <translation>Ausgabe der Reproduktion (output.txt):</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: ungültiges JSON an Position %2: %3</translation>
    </message>
    <message>
        <source>%1 is not a Jupyter notebook: it has no cells</source>
        <translation>%1 ist kein Jupyter-Notebook: es hat keine Zellen</translation>
    </message>
    <message>
        <source>%1 has no code cells</source>
        <translation>%1 hat keine Codezellen</translation>
    </message>
    <message>
        <source>%1 has no report file (report.md, issue.md, issue.json, …)</source>
        <translation>%1 hat keine Berichtsdatei (report.md, issue.md, issue.json, …)</translation>
    </message>
    <message>
        <source>AIFaultBench bug %1</source>
        <translation>AIFaultBench-Fehler %1</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Importiert aus %1.</translation>
    </message>
    <message>
        <source>no git clone command found in %1</source>
        <translation>kein git-clone-Befehl in %1 gefunden</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 has no id column (#, ID, Bug ID, Post ID, …) and no link column</source>
        <translation>%1 hat keine ID-Spalte (#, ID, Bug ID, Post ID, …) und keine Link-Spalte</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>--csv applies to replication-package bug folders only</source>
        <translation>--csv gilt nur für Fehlerordner eines Replikationspakets</translation>
    </message>
    <message>
        <source>%1 is not a package: expected a replication-package bug folder (main.py or original_code_snippet.py), an AIFaultBench bug folder (repro.py) or a notebook (.ipynb)</source>
        <translation>%1 ist kein Paket: erwartet wird ein Fehlerordner eines Replikationspakets (main.py oder original_code_snippet.py), ein AIFaultBench-Fehlerordner (repro.py) oder ein Notebook (.ipynb)</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 exists and is not empty: a new workspace needs a new or empty folder</source>
        <translation>%1 existiert und ist nicht leer: ein neuer Arbeitsbereich braucht einen neuen oder leeren Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1: %2</source>
        <translation>in %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>Import the %1 package %2</source>
        <translation>Das %1-Paket %2 importieren</translation>
    </message>
    <message>
        <source>cannot replace the empty folder %1</source>
        <translation>der leere Ordner %1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot move the new workspace to %1</source>
        <translation>der neue Arbeitsbereich kann nicht nach %1 verschoben werden</translation>
    </message>
</context>
<context>
    <name>ProjectClone</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>unbekannter libgit2-Fehler</translation>
    </message>
    <message>
        <source>authentication failed with the token from GIT_TOKEN/GITHUB_TOKEN</source>
        <translation>Authentifizierung mit dem Token aus GIT_TOKEN/GITHUB_TOKEN fehlgeschlagen</translation>
    </message>
    <message>
        <source>authentication required (set GIT_TOKEN or GITHUB_TOKEN for https, or run an SSH agent for ssh)</source>
        <translation>Authentifizierung erforderlich (GIT_TOKEN oder GITHUB_TOKEN für https setzen oder für ssh einen SSH-Agenten starten)</translation>
    </message>
    <message>
        <source>the repository needs an SSH key and no SSH agent is running (SSH_AUTH_SOCK)</source>
        <translation>das Repository braucht einen SSH-Schlüssel, und es läuft kein SSH-Agent (SSH_AUTH_SOCK)</translation>
    </message>
    <message>
        <source>the repository asks for credentials: set GIT_TOKEN or GITHUB_TOKEN</source>
        <translation>das Repository verlangt Zugangsdaten: GIT_TOKEN oder GITHUB_TOKEN setzen</translation>
    </message>
    <message>
        <source>the commit %1 does not exist in %2</source>
        <translation>der Commit %1 existiert nicht in %2</translation>
    </message>
    <message>
        <source>could not check out %1: %2</source>
        <translation>%1 konnte nicht ausgecheckt werden: %2</translation>
    </message>
    <message>
        <source>could not detach HEAD at %1: %2</source>
        <translation>HEAD konnte nicht bei %1 abgekoppelt werden: %2</translation>
    </message>
    <message>
        <source>the repository %1 has no commits</source>
        <translation>das Repository %1 hat keine Commits</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 exists and is not empty</source>
        <translation>%1 existiert und ist nicht leer</translation>
    </message>
    <message>
        <source>no repository url given</source>
        <translation>keine Repository-URL angegeben</translation>
    </message>
    <message>
        <source>no target folder given</source>
        <translation>kein Zielordner angegeben</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1: %2</source>
        <translation>in %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>could not clone %1: %2</source>
        <translation>%1 konnte nicht geklont werden: %2</translation>
    </message>
    <message>
        <source>cannot move the clone into %1: %2</source>
        <translation>der Klon kann nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <source>%1 runs it: %2</source>
        <translation>%1 führt es aus: %2</translation>
    </message>
    <message>
        <source>has an if __name__ == &quot;__main__&quot; block</source>
        <translation>hat einen if __name__ == &quot;__main__&quot;-Block</translation>
    </message>
    <message>
        <source>named train*.py</source>
        <translation>heißt train*.py</translation>
    </message>
    <message>
        <source>named %1</source>
        <translation>heißt %1</translation>
    </message>
    <message>
        <source>The project %1 at commit %2 (%3). Entry script: %4</source>
        <translation>Das Projekt %1 bei Commit %2 (%3). Einstiegsskript: %4</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no workspace folder given</source>
        <translation>kein Arbeitsbereichsordner angegeben</translation>
    </message>
    <message>
        <source>the report %1 names no GitHub repository: give its url</source>
        <translation>der Bericht %1 nennt kein GitHub-Repository: geben Sie dessen URL an</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the entry script %1 must be a path inside the project</source>
        <translation>das Einstiegsskript %1 muss ein Pfad innerhalb des Projekts sein</translation>
    </message>
    <message>
        <source>the entry script %1 does not exist at commit %2</source>
        <translation>das Einstiegsskript %1 existiert bei Commit %2 nicht</translation>
    </message>
    <message>
        <source>chosen by the user</source>
        <translation>vom Benutzer gewählt</translation>
    </message>
    <message>
        <source>no entry script found in %1 at %2: give one (--entry script.py)</source>
        <translation>kein Einstiegsskript in %1 bei %2 gefunden: geben Sie eines an (--entry script.py)</translation>
    </message>
    <message>
        <source>cannot move the clone into the workspace</source>
        <translation>der Klon kann nicht in den Arbeitsbereich verschoben werden</translation>
    </message>
    <message>
        <source>Clone %1 at %2; entry script %3</source>
        <translation>%1 bei %2 klonen; Einstiegsskript %3</translation>
    </message>
    <message>
        <source>cannot replace the empty folder %1</source>
        <translation>der leere Ordner %1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot move the new workspace to %1</source>
        <translation>der neue Arbeitsbereich kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>%1 is not a project workspace (no project.json)</source>
        <translation>%1 ist kein Projekt-Arbeitsbereich (kein project.json)</translation>
    </message>
    <message>
        <source>the entry script %1 does not exist in %2</source>
        <translation>das Einstiegsskript %1 existiert nicht in %2</translation>
    </message>
    <message>
        <source>Entry script: %1</source>
        <translation>Einstiegsskript: %1</translation>
    </message>
</context>
<context>
    <name>ProjectExchange</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: file larger than 256 MiB</source>
        <translation>%1: Datei größer als 256 MiB</translation>
    </message>
    <message>
        <source>%1: the file is empty (no header row)</source>
        <translation>%1: die Datei ist leer (keine Kopfzeile)</translation>
    </message>
    <message>
        <source>%1:1: not a replication file the project reads: header &quot;%2&quot;</source>
        <translation>%1:1: keine Replikationsdatei, die das Projekt liest: Kopfzeile &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1:1:%2 (%3): unknown column for the %4 format</source>
        <translation>%1:1:%2 (%3): unbekannte Spalte für das Format %4</translation>
    </message>
    <message>
        <source>%1:1:%2 (%3): repeats item %4</source>
        <translation>%1:1:%2 (%3): wiederholt Element %4</translation>
    </message>
    <message>
        <source>%1:1: the %2 format needs a bug type column and item columns</source>
        <translation>%1:1: das Format %2 braucht eine Spalte für die Fehlerart und Elementspalten</translation>
    </message>
    <message>
        <source>%1:1: the %2 format needs the &quot;#&quot; column</source>
        <translation>%1:1: das Format %2 braucht die Spalte &quot;#&quot;</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <source>a GitHub row needs its &quot;#&quot;</source>
        <translation>eine GitHub-Zeile braucht ihr &quot;#&quot;</translation>
    </message>
    <message>
        <source>unknown bug type &quot;%1&quot;</source>
        <translation>unbekannte Fehlerart &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected 0 or 1: &quot;%1&quot;</source>
        <translation>0 oder 1 erwartet: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected Yes or No: &quot;%1&quot;</source>
        <translation>Yes oder No erwartet: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a number of minutes &gt;= 0: &quot;%1&quot;</source>
        <translation>eine Anzahl Minuten &gt;= 0 erwartet: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected Minor or Major: &quot;%1&quot;</source>
        <translation>Minor oder Major erwartet: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>a bug needs a source and an id</source>
        <translation>ein Fehler braucht eine Quelle und eine ID</translation>
    </message>
    <message>
        <source>finding the bug</source>
        <translation>Suchen des Fehlers</translation>
    </message>
    <message>
        <source>saving bug %1</source>
        <translation>Speichern von Fehler %1</translation>
    </message>
    <message>
        <source>no bug numbered %1</source>
        <translation>kein Fehler mit der Nummer %1</translation>
    </message>
    <message>
        <source>removing bug %1</source>
        <translation>Entfernen von Fehler %1</translation>
    </message>
    <message>
        <source>saving the reproduction of bug %1</source>
        <translation>Speichern der Reproduktion von Fehler %1</translation>
    </message>
    <message>
        <source>an annotator needs a name</source>
        <translation>ein Annotator braucht einen Namen</translation>
    </message>
    <message>
        <source>saving annotator %1</source>
        <translation>Speichern von Annotator %1</translation>
    </message>
    <message>
        <source>adding annotator %1</source>
        <translation>Hinzufügen von Annotator %1</translation>
    </message>
    <message>
        <source>finding annotator %1</source>
        <translation>Suchen von Annotator %1</translation>
    </message>
    <message>
        <source>an annotation needs an annotator (the final label is saved with settle)</source>
        <translation>eine Annotation braucht einen Annotator (das endgültige Label wird mit settle gespeichert)</translation>
    </message>
    <message>
        <source>saving %1&apos;s annotation of bug %2</source>
        <translation>Speichern der Annotation von %1 für Fehler %2</translation>
    </message>
    <message>
        <source>removing %1&apos;s annotation of bug %2</source>
        <translation>Entfernen der Annotation von %1 für Fehler %2</translation>
    </message>
    <message>
        <source>settling the label of bug %1</source>
        <translation>Festlegen des Labels von Fehler %1</translation>
    </message>
    <message>
        <source>unsettling bug %1</source>
        <translation>Aufheben der Festlegung von Fehler %1</translation>
    </message>
    <message>
        <source>saving the %1 file format</source>
        <translation>Speichern des Dateiformats %1</translation>
    </message>
    <message>
        <source>saving the %1 file rows</source>
        <translation>Speichern der Zeilen der Datei %1</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>&lt;1 Year</source>
        <translation>&lt;1 Jahr</translation>
    </message>
    <message>
        <source>1-5 Years</source>
        <translation>1–5 Jahre</translation>
    </message>
    <message>
        <source>5-10 Years</source>
        <translation>5–10 Jahre</translation>
    </message>
    <message>
        <source>&gt;10 Years</source>
        <translation>&gt;10 Jahre</translation>
    </message>
    <message>
        <source>Researcher (Masters/Doctoral Student, PostDoc, Faculty)</source>
        <translation>Forschende (Master-/Promotionsstudierende, Postdocs, Lehrende)</translation>
    </message>
    <message>
        <source>Software Practitioner (Software Engineer, Deep Learning Engineer, Machine Learning Engineer etc.)</source>
        <translation>Software-Praktiker (Softwareentwickler, Deep-Learning-Engineer, Machine-Learning-Engineer usw.)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of &lt;1, 1-5, 5-10, &gt;10 (years), not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; muss einer der Werte &lt;1, 1-5, 5-10, &gt;10 (Jahre) sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;occupation&apos; must be practitioner or researcher, not &apos;%1&apos;</source>
        <translation>&apos;occupation&apos; muss practitioner oder researcher sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;frameworks&apos;: unknown framework &apos;%1&apos; (expected %2)</source>
        <translation>&apos;frameworks&apos;: unbekanntes Framework &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>&apos;editActions&apos;: unknown edit action &apos;%1&apos;</source>
        <translation>&apos;editActions&apos;: unbekannte Bearbeitungsaktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;information&apos;: unknown information category &apos;%1&apos;</source>
        <translation>&apos;information&apos;: unbekannte Informationskategorie &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ReportLoader</name>
    <message>
        <source>no report given</source>
        <translation>kein Bericht angegeben</translation>
    </message>
</context>
<context>
    <name>Rulebook</name>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>unknown information category &apos;%1&apos;</source>
        <translation>unbekannte Informationskategorie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown edit action &apos;%1&apos;</source>
        <translation>unbekannter Bearbeitungsschritt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>&apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>%1 is not between 0 and 1</source>
        <translation>%1 liegt nicht zwischen 0 und 1</translation>
    </message>
    <message>
        <source>%1 is higher than the rule before it: rules must be ranked best first</source>
        <translation>%1 ist höher als die Regel davor: Regeln müssen mit der besten zuerst geordnet sein</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>is %1, but confidence %2 is %3 the minimum confidence %4</source>
        <translation>ist %1, aber die Konfidenz %2 ist %3 der Mindestkonfidenz %4</translation>
    </message>
    <message>
        <source>under</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>not under</source>
        <translation>nicht unter</translation>
    </message>
    <message>
        <source>expected a whole number &gt;= 0</source>
        <translation>ganze Zahl &gt;= 0 erwartet</translation>
    </message>
    <message>
        <source>unknown bug type &apos;%1&apos;</source>
        <translation>unbekannte Fehlerart &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown sub-fault &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter Teilfehler &apos;%1&apos; (bekannt: %2)</translation>
    </message>
    <message>
        <source>only sub-fault tables have a sub-fault</source>
        <translation>nur Teilfehler-Tabellen haben einen Teilfehler</translation>
    </message>
    <message>
        <source>the table has neither information nor actions</source>
        <translation>die Tabelle hat weder Informationen noch Bearbeitungsschritte</translation>
    </message>
    <message>
        <source>mean of the tables of %1</source>
        <translation>Mittel der Tabellen für %1</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>not a dlrepro rulebook (expected &quot;format&quot;: &quot;dlrepro-rulebook&quot;)</source>
        <translation>kein dlrepro-Regelwerk (erwartet &quot;format&quot;: &quot;dlrepro-rulebook&quot;)</translation>
    </message>
    <message>
        <source>unsupported version (this dlrepro reads version %1)</source>
        <translation>nicht unterstützte Version (dieses dlrepro liest Version %1)</translation>
    </message>
    <message>
        <source>expected a number between 0 and 1</source>
        <translation>Zahl zwischen 0 und 1 erwartet</translation>
    </message>
    <message>
        <source>expected a non-empty array of bug-type tables</source>
        <translation>nicht leeres Array von Fehlerart-Tabellen erwartet</translation>
    </message>
    <message>
        <source>a second table for %1</source>
        <translation>eine zweite Tabelle für %1</translation>
    </message>
    <message>
        <source>rulebook %1</source>
        <translation>Regelwerk %1</translation>
    </message>
    <message>
        <source>larger than %1 MiB; not a rulebook</source>
        <translation>größer als %1 MiB; kein Regelwerk</translation>
    </message>
    <message>
        <source>mined from %1 transactions in files %2</source>
        <translation>gewonnen aus %1 Transaktionen in den Dateien %2</translation>
    </message>
    <message>
        <source>the study&apos;s procedure (thesis section 4.3.6: per group, rules {group} =&gt; {item} of length 2 ranked by support, then confidence) over %1</source>
        <translation>das Verfahren der Studie (Dissertation Abschnitt 4.3.6: je Gruppe Regeln {Gruppe} =&gt; {Element} der Länge 2, geordnet nach Support, dann Konfidenz) über %1</translation>
    </message>
    <message>
        <source>mined</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>mined over all transactions</source>
        <translation>über alle Transaktionen gewonnen</translation>
    </message>
    <message>
        <source>no rule files given</source>
        <translation>keine Regeldateien angegeben</translation>
    </message>
    <message>
        <source>a rulebook cannot be combined with other files</source>
        <translation>ein Regelwerk lässt sich nicht mit anderen Dateien kombinieren</translation>
    </message>
    <message>
        <source>no transactions found</source>
        <translation>keine Transaktionen gefunden</translation>
    </message>
    <message>
        <source>derived: %1</source>
        <translation>abgeleitet: %1</translation>
    </message>
</context>
<context>
    <name>SessionTransfer</name>
    <message>
        <source>no participant %1 in %2</source>
        <translation>kein Teilnehmer %1 in %2</translation>
    </message>
    <message>
        <source>not a study session (schema dlrepro.study-session/1)</source>
        <translation>keine Studiensitzung (Schema dlrepro.study-session/1)</translation>
    </message>
    <message>
        <source>the session belongs to another study design (%1, this study is %2)</source>
        <translation>die Sitzung gehört zu einem anderen Studiendesign (%1, diese Studie ist %2)</translation>
    </message>
    <message>
        <source>the session&apos;s participant has no id, group or known set</source>
        <translation>der Teilnehmer der Sitzung hat keine ID, keine Gruppe oder kein bekanntes Set</translation>
    </message>
    <message>
        <source>participant %1 has withdrawn; their session is not merged</source>
        <translation>Teilnehmer %1 hat sich zurückgezogen; seine Sitzung wird nicht zusammengeführt</translation>
    </message>
    <message>
        <source>participant %1 is here already in %2/%3, the session says %4/%5</source>
        <translation>Teilnehmer %1 ist hier bereits in %2/%3, die Sitzung sagt %4/%5</translation>
    </message>
</context>
<context>
    <name>StudyAnalysis</name>
    <message>
        <source>Percentage of bugs successfully reproduced by control and experimental group across different sets (%1 success).</source>
        <translation>Anteil der von Kontroll- und Experimentalgruppe erfolgreich reproduzierten Fehler über die verschiedenen Sets (%1 Erfolg).</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>% of bugs reproduced by Control group</source>
        <translation>% der von der Kontrollgruppe reproduzierten Fehler</translation>
    </message>
    <message>
        <source>% of bugs reproduced by Experimental group</source>
        <translation>% der von der Experimentalgruppe reproduzierten Fehler</translation>
    </message>
    <message>
        <source>% Increase</source>
        <translation>% Zunahme</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Time taken for bug reproduction by control and experimental groups.</source>
        <translation>Zeitaufwand der Kontroll- und Experimentalgruppe für die Fehlerreproduktion.</translation>
    </message>
    <message>
        <source>Average time taken by Control Group (seconds)</source>
        <translation>Durchschnittlicher Zeitaufwand der Kontrollgruppe (Sekunden)</translation>
    </message>
    <message>
        <source>Average time taken by Experimental Group (seconds)</source>
        <translation>Durchschnittlicher Zeitaufwand der Experimentalgruppe (Sekunden)</translation>
    </message>
    <message>
        <source>% Decrease</source>
        <translation>% Abnahme</translation>
    </message>
    <message>
        <source>Participants.</source>
        <translation>Teilnehmer.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>DL experience</source>
        <translation>DL-Erfahrung</translation>
    </message>
    <message>
        <source>Bug-fixing experience</source>
        <translation>Erfahrung mit Fehlerbehebung</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Reproduced</source>
        <translation>Reproduziert</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Interruptions</source>
        <translation>Unterbrechungen</translation>
    </message>
    <message>
        <source>Bugs.</source>
        <translation>Fehler.</translation>
    </message>
    <message>
        <source>Bug</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>Control: submitted</source>
        <translation>Kontrolle: eingereicht</translation>
    </message>
    <message>
        <source>Control: % reproduced</source>
        <translation>Kontrolle: % reproduziert</translation>
    </message>
    <message>
        <source>Control: mean seconds</source>
        <translation>Kontrolle: mittlere Sekunden</translation>
    </message>
    <message>
        <source>Experimental: submitted</source>
        <translation>Experimentell: eingereicht</translation>
    </message>
    <message>
        <source>Experimental: % reproduced</source>
        <translation>Experimentell: % reproduziert</translation>
    </message>
    <message>
        <source>Experimental: mean seconds</source>
        <translation>Experimentell: mittlere Sekunden</translation>
    </message>
    <message>
        <source>unknown study variable &apos;%1&apos; in the formula (known: %2)</source>
        <translation>unbekannte Studienvariable &apos;%1&apos; in der Formel (bekannt: %2)</translation>
    </message>
    <message>
        <source>the formula &apos;%1&apos; has no terms or an unknown response</source>
        <translation>die Formel &apos;%1&apos; hat keine Terme oder eine unbekannte Zielvariable</translation>
    </message>
</context>
<context>
    <name>StudyDesign</name>
    <message>
        <source>Experimental group</source>
        <translation>Experimentalgruppe</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Kontrollgruppe</translation>
    </message>
    <message>
        <source>unknown design schema &apos;%1&apos; (expected dlrepro.study-design/1)</source>
        <translation>unbekanntes Design-Schema &apos;%1&apos; (erwartet: dlrepro.study-design/1)</translation>
    </message>
    <message>
        <source>&apos;seed&apos; must be a non-negative integer</source>
        <translation>&apos;seed&apos; muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <source>&apos;bugs&apos; is missing or empty: a study needs a bug pool</source>
        <translation>&apos;bugs&apos; fehlt oder ist leer: eine Studie braucht einen Fehlerpool</translation>
    </message>
    <message>
        <source>a bug has no &apos;id&apos;</source>
        <translation>ein Fehler hat keine &apos;id&apos;</translation>
    </message>
    <message>
        <source>bug &apos;%1&apos; is listed twice</source>
        <translation>Fehler &apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>bug &apos;%1&apos; has no &apos;report&apos; file</source>
        <translation>Fehler &apos;%1&apos; hat keine &apos;report&apos;-Datei</translation>
    </message>
    <message>
        <source>bug &apos;%1&apos;: the report file %2 does not exist</source>
        <translation>Fehler &apos;%1&apos;: die Berichtsdatei %2 existiert nicht</translation>
    </message>
    <message>
        <source>bug &apos;%1&apos;: unknown bug type &apos;%2&apos;</source>
        <translation>Fehler &apos;%1&apos;: unbekannte Fehlerart &apos;%2&apos;</translation>
    </message>
    <message>
        <source>bug &apos;%1&apos;: &apos;difficulty&apos; must be easy or difficult</source>
        <translation>Fehler &apos;%1&apos;: &apos;difficulty&apos; muss easy oder difficult sein</translation>
    </message>
    <message>
        <source>bug &apos;%1&apos;: give exactly one of &apos;expectedError&apos; and &apos;expectedMetric&apos;</source>
        <translation>Fehler &apos;%1&apos;: genau eines von &apos;expectedError&apos; und &apos;expectedMetric&apos; angeben</translation>
    </message>
    <message>
        <source>bug &apos;%1&apos;: &apos;tolerance&apos; must lie in (0, 1]</source>
        <translation>Fehler &apos;%1&apos;: &apos;tolerance&apos; muss in (0, 1] liegen</translation>
    </message>
    <message>
        <source>&apos;sets&apos; is missing or empty: a study needs at least one set of bugs</source>
        <translation>&apos;sets&apos; fehlt oder ist leer: eine Studie braucht mindestens ein Set von Fehlern</translation>
    </message>
    <message>
        <source>a set has no &apos;id&apos;</source>
        <translation>ein Set hat keine &apos;id&apos;</translation>
    </message>
    <message>
        <source>set &apos;%1&apos; is listed twice</source>
        <translation>Set &apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>set &apos;%1&apos;: bug &apos;%2&apos; is not in the pool</source>
        <translation>Set &apos;%1&apos;: Fehler &apos;%2&apos; ist nicht im Pool</translation>
    </message>
    <message>
        <source>set &apos;%1&apos;: bug &apos;%2&apos; is listed twice</source>
        <translation>Set &apos;%1&apos;: Fehler &apos;%2&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>set &apos;%1&apos; has no bugs</source>
        <translation>Set &apos;%1&apos; hat keine Fehler</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: ungültiges JSON an Position %2: %3</translation>
    </message>
    <message>
        <source>%1: a study design is a JSON object</source>
        <translation>%1: ein Studiendesign ist ein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>StudyEvent</name>
    <message>
        <source>an event has no &apos;id&apos;</source>
        <translation>ein Ereignis hat keine &apos;id&apos;</translation>
    </message>
    <message>
        <source>event %1: unknown kind &apos;%2&apos;</source>
        <translation>Ereignis %1: unbekannte Art &apos;%2&apos;</translation>
    </message>
    <message>
        <source>event %1: no clock reading (&apos;clock&apos; and &apos;ms&apos;)</source>
        <translation>Ereignis %1: keine Uhrzeitangabe (&apos;clock&apos; und &apos;ms&apos;)</translation>
    </message>
</context>
<context>
    <name>StudyPlots</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Bugs reproduced per set and group</source>
        <translation>Reproduzierte Fehler je Set und Gruppe</translation>
    </message>
    <message>
        <source>% of bugs reproduced</source>
        <translation>% der reproduzierten Fehler</translation>
    </message>
    <message>
        <source>Mean time per bug per set and group</source>
        <translation>Mittlere Zeit je Fehler pro Set und Gruppe</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>StudySession</name>
    <message>
        <source>participant %1 has withdrawn from the study</source>
        <translation>Teilnehmer %1 hat sich aus der Studie zurückgezogen</translation>
    </message>
    <message>
        <source>no participant %1 in %2</source>
        <translation>kein Teilnehmer %1 in %2</translation>
    </message>
    <message>
        <source>participant %1 is assigned to set &apos;%2&apos;, which the design lacks</source>
        <translation>Teilnehmer %1 ist dem Set &apos;%2&apos; zugeordnet, das im Design fehlt</translation>
    </message>
    <message>
        <source>the session of %1 is finished</source>
        <translation>die Sitzung von %1 ist beendet</translation>
    </message>
    <message>
        <source>the session is paused (%1); resume it first</source>
        <translation>die Sitzung ist pausiert (%1); setzen Sie sie zuerst fort</translation>
    </message>
    <message>
        <source>the bug has not been shown yet</source>
        <translation>der Fehler wurde noch nicht gezeigt</translation>
    </message>
    <message>
        <source>a pause needs a reason</source>
        <translation>eine Pause braucht einen Grund</translation>
    </message>
    <message>
        <source>the session is already paused</source>
        <translation>die Sitzung ist bereits pausiert</translation>
    </message>
    <message>
        <source>the session is not paused</source>
        <translation>die Sitzung ist nicht pausiert</translation>
    </message>
</context>
<context>
    <name>StudyStore</name>
    <message>
        <source>%1: already holds a study; use a new file</source>
        <translation>%1: enthält bereits eine Studie; verwenden Sie eine neue Datei</translation>
    </message>
    <message>
        <source>%1: holds no study design (create it with &apos;dlrepro-cli study create&apos;)</source>
        <translation>%1: enthält kein Studiendesign (legen Sie es mit &apos;dlrepro-cli study create&apos; an)</translation>
    </message>
    <message>
        <source>participant %1 has already withdrawn</source>
        <translation>Teilnehmer %1 hat sich bereits zurückgezogen</translation>
    </message>
    <message>
        <source>no participant %1 in %2</source>
        <translation>kein Teilnehmer %1 in %2</translation>
    </message>
</context>
<context>
    <name>SymptomExpectation</name>
    <message>
        <source>%1 of %2 seeds showed %3</source>
        <translation>%1 von %2 Seeds zeigten %3</translation>
    </message>
    <message>
        <source>No seed saved training dynamics to look for %1 (a PyTorch model that trains is needed).</source>
        <translation>Kein Seed hat Trainingsdynamik gespeichert, in der nach %1 gesucht werden könnte (ein PyTorch-Modell, das trainiert, ist nötig).</translation>
    </message>
    <message>
        <source>The outcome was reproduced, but only %1.</source>
        <translation>Das Ergebnis wurde reproduziert, aber nur %1.</translation>
    </message>
    <message>
        <source>The outcome was reproduced, but no seed showed %1, which the reproduction must show.</source>
        <translation>Das Ergebnis wurde reproduziert, aber kein Seed zeigte %1, was die Reproduktion zeigen muss.</translation>
    </message>
</context>
<context>
    <name>TensorClient</name>
    <message>
        <source>the tensor helper dlrepro-tensor was not found next to %1 (set DLREPRO_TENSOR to its path)</source>
        <translation>der Tensor-Helfer dlrepro-tensor wurde nicht neben %1 gefunden (setzen Sie DLREPRO_TENSOR auf seinen Pfad)</translation>
    </message>
    <message>
        <source>cannot start the tensor helper %1: %2</source>
        <translation>der Tensor-Helfer %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the tensor helper did not answer &apos;%1&apos; within %2 s; it was stopped</source>
        <translation>der Tensor-Helfer hat &apos;%1&apos; nicht innerhalb von %2 s beantwortet; er wurde gestoppt</translation>
    </message>
    <message>
        <source>the tensor helper stopped (%1) while answering &apos;%2&apos;, and again when it was retried</source>
        <translation>der Tensor-Helfer wurde beim Beantworten von &apos;%2&apos; beendet (%1), und erneut beim Wiederholen</translation>
    </message>
    <message>
        <source>the tensor helper stopped (%1) while answering &apos;%2&apos;</source>
        <translation>der Tensor-Helfer wurde beim Beantworten von &apos;%2&apos; beendet (%1)</translation>
    </message>
    <message>
        <source>; its last messages: %1</source>
        <translation>; seine letzten Meldungen: %1</translation>
    </message>
    <message>
        <source>killed or crashed</source>
        <translation>beendet oder abgestürzt</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exitcode %1</translation>
    </message>
    <message>
        <source>the tensor helper was stopped</source>
        <translation>der Tensor-Helfer wurde gestoppt</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exitcode %1</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>the framework &apos;%1&apos;</source>
        <translation>das Framework &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the module &apos;%1&apos;</source>
        <translation>das Modul &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The interpreter</source>
        <translation>Der Interpreter</translation>
    </message>
    <message>
        <source>The interpreter %1</source>
        <translation>Der Interpreter %1</translation>
    </message>
    <message>
        <source>The snippet could not be started: %1</source>
        <translation>Der Ausschnitt konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 seeds were stopped at a resource limit (%3) and none gave an answer: raise the limit (--memory-limit) or make the snippet smaller.</source>
        <translation>%1 von %2 Seeds wurden an einer Ressourcengrenze (%3) gestoppt und keiner lieferte eine Antwort: Grenze erhöhen (--memory-limit) oder den Ausschnitt verkleinern.</translation>
    </message>
    <message>
        <source>%1 of %2 seeds timed out and none gave an answer: raise --timeout or make the snippet shorter.</source>
        <translation>%1 von %2 Seeds überschritten die Zeit und keiner lieferte eine Antwort: --timeout erhöhen oder den Ausschnitt kürzen.</translation>
    </message>
    <message>
        <source>The runs were cancelled before any gave an answer.</source>
        <translation>Die Läufe wurden abgebrochen, bevor einer eine Antwort lieferte.</translation>
    </message>
    <message>
        <source>%1 lacks %2, which the snippet imports: install it there or choose another interpreter (--python).</source>
        <translation>%1 fehlt %2, das der Ausschnitt importiert: dort installieren oder einen anderen Interpreter wählen (--python).</translation>
    </message>
    <message>
        <source>This is a GPU bug and no GPU was available to the runs: a GPU bug cannot be reproduced on this machine.</source>
        <translation>Dies ist ein GPU-Fehler, und den Läufen stand keine GPU zur Verfügung: ein GPU-Fehler lässt sich auf diesem Rechner nicht reproduzieren.</translation>
    </message>
    <message>
        <source>The snippet needs a GPU and no GPU was available to the runs: it cannot be reproduced on this machine.</source>
        <translation>Der Ausschnitt braucht eine GPU, und den Läufen stand keine zur Verfügung: er lässt sich auf diesem Rechner nicht reproduzieren.</translation>
    </message>
    <message>
        <source> Seeds without an answer (timed out, stopped at a limit or not started): %1.</source>
        <translation> Seeds ohne Antwort (Zeit überschritten, an einer Grenze gestoppt oder nicht gestartet): %1.</translation>
    </message>
    <message>
        <source> (snippet line %1: %2)</source>
        <translation> (Zeile %1 des Ausschnitts: %2)</translation>
    </message>
    <message>
        <source>All %1 seeds raised the reported error (exact match).</source>
        <translation>Alle %1 Seeds lösten den gemeldeten Fehler aus (genaue Übereinstimmung).</translation>
    </message>
    <message>
        <source>All %1 seeds raised the reported error (%2 exact, %3 after normalising paths, addresses and numbers in shapes or sizes).</source>
        <translation>Alle %1 Seeds lösten den gemeldeten Fehler aus (%2 genau, %3 nach Normalisierung von Pfaden, Adressen und Zahlen in Formen oder Größen).</translation>
    </message>
    <message>
        <source>%1 of %2 seeds raised the reported error: the bug is intermittent.</source>
        <translation>%1 von %2 Seeds lösten den gemeldeten Fehler aus: der Fehler tritt sporadisch auf.</translation>
    </message>
    <message>
        <source>Every seed raised %1 but with a different message (%2; reported: %3). Reproduced by type only, which does not count as the reported error.</source>
        <translation>Jeder Seed löste %1 aus, aber mit anderer Meldung (%2; gemeldet: %3). Nur der Art nach reproduziert, was nicht als der gemeldete Fehler zählt.</translation>
    </message>
    <message>
        <source>Same type, different message in %1 of %2 seeds (%3; reported: %4).</source>
        <translation>Gleiche Art, andere Meldung in %1 von %2 Seeds (%3; gemeldet: %4).</translation>
    </message>
    <message>
        <source>The snippet crashed with a different error: %1 (reported: %2).</source>
        <translation>Der Ausschnitt stürzte mit einem anderen Fehler ab: %1 (gemeldet: %2).</translation>
    </message>
    <message>
        <source>The snippet crashed (%1) without the reported error.</source>
        <translation>Der Ausschnitt stürzte ab (%1), ohne den gemeldeten Fehler.</translation>
    </message>
    <message>
        <source>The snippet ran to its end without raising the reported error.</source>
        <translation>Der Ausschnitt lief bis zum Ende, ohne den gemeldeten Fehler auszulösen.</translation>
    </message>
    <message>
        <source>The snippet crashed with a different error before it reported %1: %2.</source>
        <translation>Der Ausschnitt stürzte mit einem anderen Fehler ab, bevor er %1 meldete: %2.</translation>
    </message>
    <message>
        <source>No metric &apos;%1&apos; found in the output of any seed</source>
        <translation>Keine Metrik &apos;%1&apos; in der Ausgabe eines Seeds gefunden</translation>
    </message>
    <message>
        <source>--metric-regex matched nothing in the output of any seed</source>
        <translation>--metric-regex fand in der Ausgabe keines Seeds etwas</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>; it printed: %1.</source>
        <translation>; ausgegeben wurde: %1.</translation>
    </message>
    <message>
        <source> Print it (&quot;%1: 0.34&quot;), call dlrepro.report(&quot;%1&quot;, value) or give --metric-regex.</source>
        <translation> Geben Sie sie aus (&quot;%1: 0.34&quot;), rufen Sie dlrepro.report(&quot;%1&quot;, wert) auf oder geben Sie --metric-regex an.</translation>
    </message>
    <message>
        <source> (%1 of %2 seeds reported it)</source>
        <translation> (%1 von %2 Seeds meldeten sie)</translation>
    </message>
    <message>
        <source> Read from %1.</source>
        <translation> Gelesen aus %1.</translation>
    </message>
    <message>
        <source>%1 was %2 in all %3 seeds, as reported.</source>
        <translation>%1 war %2 in allen %3 Seeds, wie gemeldet.</translation>
    </message>
    <message>
        <source>%1 was %2 in %3 of %4 seeds: the bug is intermittent.</source>
        <translation>%1 war %2 in %3 von %4 Seeds: der Fehler tritt sporadisch auf.</translation>
    </message>
    <message>
        <source>%1 was never %2 (mean %3%4)%5.</source>
        <translation>%1 war nie %2 (Mittel %3%4)%5.</translation>
    </message>
    <message>
        <source>%1–%2%3</source>
        <translation>%1–%2%3</translation>
    </message>
    <message>
        <source>Mean %1 %2 (std %3) over %4 seeds is within %5 of the reported %6 (band %7; relative error %8).</source>
        <translation>Mittel %1 %2 (Std.-Abw. %3) über %4 Seeds liegt innerhalb %5 des gemeldeten %6 (Band %7; relativer Fehler %8).</translation>
    </message>
    <message>
        <source>Mean %1 %2 (std %3) over %4 seeds is %5 away from the reported %6, outside the %7 tolerance (band %8).</source>
        <translation>Mittel %1 %2 (Std.-Abw. %3) über %4 Seeds liegt %5 vom gemeldeten %6 entfernt, außerhalb der Toleranz %7 (Band %8).</translation>
    </message>
    <message>
        <source>reproduced</source>
        <translation>reproduziert</translation>
    </message>
    <message>
        <source>intermittent</source>
        <translation>sporadisch</translation>
    </message>
    <message>
        <source>not reproduced</source>
        <translation>nicht reproduziert</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>nicht entscheidbar</translation>
    </message>
    <message>
        <source>Nothing to compare with: the report quotes no error or metric and none was given.</source>
        <translation>Nichts zum Vergleichen: der Bericht nennt keinen Fehler und keine Metrik, und es wurde keine angegeben.</translation>
    </message>
    <message>
        <source>No seed was run.</source>
        <translation>Es wurde kein Seed ausgeführt.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (aus %1)</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Matched error lines:</source>
        <translation>Übereinstimmende Fehlerzeilen:</translation>
    </message>
    <message>
        <source>Metric %1: mean %2%3, std %4 over seeds: %5; reported %6%3; band %7%3–%8%3; relative error %9</source>
        <translation>Metrik %1: Mittel %2%3, Std.-Abw. %4 über die Seeds: %5; gemeldet %6%3; Band %7%3–%8%3; relativer Fehler %9</translation>
    </message>
    <message>
        <source>device asked %1</source>
        <translation>angefordertes Gerät %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
</context>
<context>
    <name>VersionMigration</name>
    <message>
        <source>Standalone Keras → tf.keras (Keras 2.4+ ships inside TensorFlow).</source>
        <translation>Eigenständiges Keras → tf.keras (Keras 2.4+ ist Teil von TensorFlow).</translation>
    </message>
    <message>
        <source>Variable is a no-op since PyTorch 0.4: the tensor is used directly.</source>
        <translation>Variable bewirkt seit PyTorch 0.4 nichts mehr: der Tensor wird direkt verwendet.</translation>
    </message>
    <message>
        <source>%1 is TensorFlow 1 API: moved to tf.compat.v1 (a TF2 rewrite would use eager execution and tf.function).</source>
        <translation>%1 ist TensorFlow-1-API: nach tf.compat.v1 verschoben (eine TF2-Neufassung würde Eager Execution und tf.function nutzen).</translation>
    </message>
    <message>
        <source>.data[0] on a 0-dim tensor fails since PyTorch 0.4: use .item().</source>
        <translation>.data[0] auf einem 0-dimensionalen Tensor schlägt seit PyTorch 0.4 fehl: .item() verwenden.</translation>
    </message>
    <message>
        <source>Sessions and placeholders need graph mode in TensorFlow 2.</source>
        <translation>Sessions und Platzhalter brauchen in TensorFlow 2 den Graph-Modus.</translation>
    </message>
    <message>
        <source>Migrates legacy framework API (standalone Keras, TensorFlow 1, PyTorch &lt; 0.4) to current versions by rules.</source>
        <translation>Migriert veraltete Framework-APIs (eigenständiges Keras, TensorFlow 1, PyTorch &lt; 0.4) regelbasiert auf aktuelle Versionen.</translation>
    </message>
    <message>
        <source>no legacy API found</source>
        <translation>keine veraltete API gefunden</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 exists and is not empty: a new workspace needs a new or empty folder</source>
        <translation>%1 existiert und ist nicht leer: ein neuer Arbeitsbereich braucht einen neuen oder leeren Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1: %2</source>
        <translation>in %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>Create the workspace for %1: %2</source>
        <translation>Den Arbeitsbereich für %1 anlegen: %2</translation>
    </message>
    <message>
        <source>cannot replace the empty folder %1</source>
        <translation>der leere Ordner %1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot move the new workspace to %1</source>
        <translation>der neue Arbeitsbereich kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>%1 is not a dlrepro workspace: %2</source>
        <translation>%1 ist kein dlrepro-Arbeitsbereich: %2</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>kein solcher Ordner</translation>
    </message>
    <message>
        <source>it is not a git repository</source>
        <translation>es ist kein git-Repository</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>es hat kein %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2)</source>
        <translation>%1 ist kein gültiges JSON (%2)</translation>
    </message>
    <message>
        <source>%1 is not a workspace report (schema &apos;%2&apos;)</source>
        <translation>%1 ist kein Arbeitsbereichsbericht (Schema &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>es ist kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Manual edits before %1</source>
        <translation>Manuelle Änderungen vor %1</translation>
    </message>
    <message>
        <source>the action wants to write &apos;%1&apos;, which is not a path inside the workspace</source>
        <translation>die Aktion will &apos;%1&apos; schreiben, was kein Pfad innerhalb des Arbeitsbereichs ist</translation>
    </message>
    <message>
        <source>the action changes nothing</source>
        <translation>die Aktion ändert nichts</translation>
    </message>
    <message>
        <source>nothing to do: %1</source>
        <translation>nichts zu tun: %1</translation>
    </message>
    <message>
        <source>applied by dlrepro</source>
        <translation>von dlrepro angewendet</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>Checkpoint: manual edits</source>
        <translation>Checkpoint: manuelle Änderungen</translation>
    </message>
    <message>
        <source>no Python interpreter given to run %1</source>
        <translation>kein Python-Interpreter angegeben, um %1 auszuführen</translation>
    </message>
    <message>
        <source>nothing to verify against: the report quotes no error and no observed metric; give the error or metric that should be seen</source>
        <translation>nichts, wogegen geprüft werden kann: der Bericht zitiert weder einen Fehler noch eine beobachtete Metrik; geben Sie den Fehler oder die Metrik an, die auftreten soll</translation>
    </message>
    <message>
        <source>Manual edits before verification</source>
        <translation>Manuelle Änderungen vor der Prüfung</translation>
    </message>
    <message>
        <source>the runner did not start</source>
        <translation>der Runner ist nicht gestartet</translation>
    </message>
    <message>
        <source>Verify: %1 (%2 of %3 seeds show the bug)

%4</source>
        <translation>Prüfen: %1 (%2 von %3 Seeds zeigen den Fehler)

%4</translation>
    </message>
    <message>
        <source>%1 has uncommitted changes: save a checkpoint before branching</source>
        <translation>%1 hat nicht committete Änderungen: speichern Sie einen Checkpoint, bevor Sie verzweigen</translation>
    </message>
    <message>
        <source>%1 at %2 is not valid JSON (%3)</source>
        <translation>%1 bei %2 ist kein gültiges JSON (%3)</translation>
    </message>
    <message>
        <source>%1 at %2 has an unknown status &apos;%3&apos;</source>
        <translation>%1 bei %2 hat einen unbekannten Status &apos;%3&apos;</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1 (%2/%3 seeds)</source>
        <translation>%1 (%2/%3 Seeds)</translation>
    </message>
    <message>
        <source>, mean %1</source>
        <translation>, Mittel %1</translation>
    </message>
    <message>
        <source>%1 at %2 → %3 at %4</source>
        <translation>%1 bei %2 → %3 bei %4</translation>
    </message>
    <message>
        <source>%1 has no commits</source>
        <translation>%1 hat keine Commits</translation>
    </message>
    <message>
        <source>Transaction: %1 bug, actions %2, verdict %3</source>
        <translation>Transaktion: %1-Fehler, Aktionen %2, Urteil %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(the proposal was adjusted by hand before it was applied)</source>
        <translation>(der Vorschlag wurde vor dem Anwenden von Hand angepasst)</translation>
    </message>
    <message>
        <source>nothing to do: main.py already holds that code</source>
        <translation>nichts zu tun: main.py enthält diesen Code bereits</translation>
    </message>
</context>
<context>
    <name>WorkspaceHistory</name>
    <message>
        <source>Verification: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>Verification without a recorded verdict</source>
        <translation>Prüfung ohne erfasstes Urteil</translation>
    </message>
    <message>
        <source>Undoes: %1</source>
        <translation>Macht rückgängig: %1</translation>
    </message>
    <message>
        <source>↶ revert</source>
        <translation>↶ zurücknehmen</translation>
    </message>
    <message>
        <source>Undoes an earlier commit</source>
        <translation>Macht einen früheren Commit rückgängig</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The imported report and its original snippet</source>
        <translation>Der importierte Bericht und sein ursprünglicher Code-Ausschnitt</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Manual edits, saved as a checkpoint</source>
        <translation>Manuelle Änderungen, als Checkpoint gespeichert</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>The reproduction transaction, recorded</source>
        <translation>Die erfasste Reproduktions-Transaktion</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>A commit made outside dlrepro</source>
        <translation>Ein außerhalb von dlrepro erstellter Commit</translation>
    </message>
</context>
<context>
    <name>WorkspacePrefill</name>
    <message>
        <source>%1: cannot read the workspace&apos;s transaction: %2</source>
        <translation>%1: die Transaktion des Arbeitsbereichs kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object: %2</source>
        <translation>%1: kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>%1: holds no transaction</source>
        <translation>%1: enthält keine Transaktion</translation>
    </message>
    <message>
        <source>%1: unknown bug type &quot;%2&quot;</source>
        <translation>%1: unbekannte Fehlerart &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown information item &quot;%2&quot;</source>
        <translation>%1: unbekanntes Informationselement &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown edit action &quot;%2&quot;</source>
        <translation>%1: unbekannte Bearbeitungsaktion &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no bug numbered %1 in %2</source>
        <translation>kein Fehler mit der Nummer %1 in %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show a report&apos;s facts, bug type and information table</source>
        <translation>Fakten, Fehlerart und Informationstabelle eines Berichts zeigen</translation>
    </message>
    <message>
        <source>Build a corpus from a Stack Exchange Posts.xml dump</source>
        <translation>Einen Korpus aus einem Stack-Exchange-Dump (Posts.xml) bilden</translation>
    </message>
    <message>
        <source>Usage: dlrepro-cli &lt;command&gt; [options]</source>
        <translation>Aufruf: dlrepro-cli &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;dlrepro-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>&apos;dlrepro-cli &lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 a negative result, 2 bad input or usage.</source>
        <translation>Rückgabewert: 0 Erfolg, 1 ein negatives Ergebnis, 2 ungültige Eingabe oder falscher Aufruf.</translation>
    </message>
    <message>
        <source>dlrepro-cli: unknown command &apos;%1&apos;</source>
        <translation>dlrepro-cli: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>--index %1 is out of range: it holds %n report(s)</source>
        <translation>
            <numerusform>--index %1 liegt außerhalb: die Eingabe enthält %n Bericht</numerusform>
            <numerusform>--index %1 liegt außerhalb: die Eingabe enthält %n Berichte</numerusform>
        </translation>
    </message>
    <message>
        <source>Mine association rules from reproduction transactions</source>
        <translation>Assoziationsregeln aus Reproduktions-Transaktionen gewinnen</translation>
    </message>
    <message>
        <source>Print the hint for reproducing a report</source>
        <translation>Den Hinweis zum Reproduzieren eines Berichts ausgeben</translation>
    </message>
    <message>
        <source>List the Python interpreters found and what they can run</source>
        <translation>Die gefundenen Python-Interpreter auflisten und was sie ausführen können</translation>
    </message>
    <message>
        <source>Run a snippet once per seed through the harness</source>
        <translation>Einen Ausschnitt je Seed einmal über den Harness ausführen</translation>
    </message>
    <message>
        <source>Decide whether a snippet reproduces the reported bug</source>
        <translation>Entscheiden, ob ein Ausschnitt den gemeldeten Fehler reproduziert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) applied</source>
        <translation>
            <numerusform>%1: %n Änderung angewendet</numerusform>
            <numerusform>%1: %n Änderungen angewendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply edit actions to a report&apos;s snippet until it reproduces the bug</source>
        <translation>Bearbeitungsaktionen auf den Code-Ausschnitt eines Berichts anwenden, bis er den Fehler reproduziert</translation>
    </message>
    <message>
        <source>Apply one edit action to a snippet (diff, JSON or in place)</source>
        <translation>Eine Bearbeitungsaktion auf einen Code-Ausschnitt anwenden (Diff, JSON oder direkt in der Datei)</translation>
    </message>
    <message>
        <source>no report found</source>
        <translation>kein Bericht gefunden</translation>
    </message>
    <message>
        <source>Apply one edit action (thesis Table 4.5) to a snippet: D input data, N network,
H hyperparameters, R imports, L logging, O obsolete parameters, C compiler errors,
P dataset, M models, V version migration. Prints the diff unless told otherwise.</source>
        <translation>Wendet eine Bearbeitungsaktion (Tabelle 4.5 der Thesis) auf einen Code-Ausschnitt an: D Eingabedaten, N Netz,
H Hyperparameter, R Imports, L Protokollierung, O veraltete Parameter, C Compilerfehler,
P Datensatz, M Modelle, V Versionsmigration. Gibt den Diff aus, sofern nicht anders angegeben.</translation>
    </message>
    <message>
        <source>The Python file.</source>
        <translation>Die Python-Datei.</translation>
    </message>
    <message>
        <source>The action&apos;s letter (or id).</source>
        <translation>Der Buchstabe (oder die ID) der Aktion.</translation>
    </message>
    <message>
        <source>The bug report whose facts guide the action.</source>
        <translation>Der Fehlerbericht, dessen Fakten die Aktion leiten.</translation>
    </message>
    <message>
        <source>Print a unified diff (the default).</source>
        <translation>Einen Unified Diff ausgeben (Standard).</translation>
    </message>
    <message>
        <source>Rewrite the snippet (and write extra files beside it).</source>
        <translation>Den Code-Ausschnitt überschreiben (und zusätzliche Dateien daneben schreiben).</translation>
    </message>
    <message>
        <source>Print the proposal as JSON.</source>
        <translation>Den Vorschlag als JSON ausgeben.</translation>
    </message>
    <message>
        <source>expected exactly one snippet (see --help)</source>
        <translation>genau ein Ausschnitt erwartet (siehe --help)</translation>
    </message>
    <message>
        <source>--action is required (D, N, H, R, L, O, C, P, M or V)</source>
        <translation>--action ist erforderlich (D, N, H, R, L, O, C, P, M oder V)</translation>
    </message>
    <message>
        <source>--diff, --in-place and --json exclude each other</source>
        <translation>--diff, --in-place und --json schließen einander aus</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (expected D, N, H, R, L, O, C, P, M or V)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (erwartet: D, N, H, R, L, O, C, P, M oder V)</translation>
    </message>
    <message>
        <source>the action %1 (%2) is not available in this build</source>
        <translation>die Aktion %1 (%2) ist in diesem Build nicht verfügbar</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>nothing to do: %1</source>
        <translation>nichts zu tun: %1</translation>
    </message>
    <message>
        <source>question: %1</source>
        <translation>Frage: %1</translation>
    </message>
    <message>
        <source>CUDA not probed (no torch)</source>
        <translation>CUDA nicht geprüft (kein torch)</translation>
    </message>
    <message>
        <source>no CUDA device</source>
        <translation>kein CUDA-Gerät</translation>
    </message>
    <message>
        <source>CUDA %1, cuDNN %2, driver %3: %4</source>
        <translation>CUDA %1, cuDNN %2, Treiber %3: %4</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>List the Python interpreters found ($DLREPRO_PYTHON, an active virtualenv or conda env,
python3 on PATH, /usr/bin/python3, conda envs, registered venvs), what each can import
and whether it sees a GPU, and which one run/verify use by default and why.</source>
        <translation>Listet die gefundenen Python-Interpreter ($DLREPRO_PYTHON, ein aktives virtualenv oder conda-env,
python3 im PATH, /usr/bin/python3, conda-envs, registrierte venvs), was jeder importieren kann
und ob er eine GPU sieht, und welchen run/verify standardmäßig verwenden und warum.</translation>
    </message>
    <message>
        <source>Print JSON: {default, reason, environments[]}.</source>
        <translation>JSON ausgeben: {default, reason, environments[]}.</translation>
    </message>
    <message>
        <source>Probe every interpreter again, ignoring the cache.</source>
        <translation>Jeden Interpreter erneut prüfen, den Zwischenspeicher nicht beachten.</translation>
    </message>
    <message>
        <source>takes no arguments (see --help)</source>
        <translation>erwartet keine Argumente (siehe --help)</translation>
    </message>
    <message>
        <source>No Python interpreter found. Set DLREPRO_PYTHON or put python3 on PATH.</source>
        <translation>Kein Python-Interpreter gefunden. DLREPRO_PYTHON setzen oder python3 in den PATH legen.</translation>
    </message>
    <message>
        <source>unusable: %1</source>
        <translation>unbrauchbar: %1</translation>
    </message>
    <message>
        <source>none of the probed packages</source>
        <translation>keines der geprüften Pakete</translation>
    </message>
    <message>
        <source>Default (*): %1</source>
        <translation>Standard (*): %1</translation>
    </message>
    <message>
        <source>No usable interpreter.</source>
        <translation>Kein brauchbarer Interpreter.</translation>
    </message>
    <message>
        <source>Print the hint for reproducing a bug report (thesis section 4.3.7): the top 3 information,
the top 5 edit actions for its bug type, and the statement to focus on; then the rules&apos;
source and confidences, which information the report lacks and what to ask for it.

&lt;report&gt; is a file or an online report, as for &apos;dlrepro-cli inspect&apos;.</source>
        <translation>Gibt den Hinweis zum Reproduzieren eines Fehlerberichts aus (Dissertation Abschnitt 4.3.7):
die 3 wichtigsten Informationen, die 5 wichtigsten Bearbeitungsschritte für seine Fehlerart
und die Aussage, auf die es ankommt; dann Quelle und Konfidenzen der Regeln, welche
Informationen dem Bericht fehlen und wonach zu fragen ist.

&lt;report&gt; ist eine Datei oder ein Online-Bericht, wie bei &apos;dlrepro-cli inspect&apos;.</translation>
    </message>
    <message>
        <source>The report.</source>
        <translation>Der Bericht.</translation>
    </message>
    <message>
        <source>Print JSON (schema dlrepro.hints/1).</source>
        <translation>JSON ausgeben (Schema dlrepro.hints/1).</translation>
    </message>
    <message>
        <source>&apos;rulebook&apos; (the published tables, the default), a rulebook JSON, or transaction files to mine, separated by commas (the option may repeat).</source>
        <translation>&apos;rulebook&apos; (die veröffentlichten Tabellen, Standard), ein Regelwerk-JSON oder Transaktionsdateien zum Auswerten, durch Kommas getrennt (die Option darf sich wiederholen).</translation>
    </message>
    <message>
        <source>expected exactly one report (see --help)</source>
        <translation>genau ein Bericht erwartet (siehe --help)</translation>
    </message>
    <message>
        <source>--rules rulebook cannot be combined with files</source>
        <translation>--rules rulebook lässt sich nicht mit Dateien kombinieren</translation>
    </message>
    <message>
        <source>Show what a bug report holds: its facts (errors, metrics, data, model, hyperparameters,
environment), its bug type and which information it has or lacks.

&lt;report&gt; is a file (Stack Exchange API JSON, Posts.xml rows, GitHub issue JSON,
Markdown, text, saved HTML, Jupyter notebook, dlrepro JSON lines), or so:ID, a
stackoverflow.com question URL, gh:owner/repo#N or a github.com issue URL.</source>
        <translation>Zeigt, was ein Fehlerbericht enthält: seine Fakten (Fehler, Metriken, Daten, Modell,
Hyperparameter, Umgebung), seine Fehlerart und welche Informationen er hat oder nicht hat.

&lt;report&gt; ist eine Datei (Stack-Exchange-API-JSON, Posts.xml-Zeilen, GitHub-Issue-JSON,
Markdown, Text, gespeichertes HTML, Jupyter-Notebook, dlrepro-JSON-Zeilen) oder so:ID,
eine stackoverflow.com-Fragen-URL, gh:besitzer/repo#N oder eine github.com-Issue-URL.</translation>
    </message>
    <message>
        <source>The report to inspect.</source>
        <translation>Der zu untersuchende Bericht.</translation>
    </message>
    <message>
        <source>Print the documented JSON (docs/inspect-schema.md).</source>
        <translation>Das dokumentierte JSON ausgeben (docs/inspect-schema.md).</translation>
    </message>
    <message>
        <source>--%1 expects a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 erwartet eine Zahl von %2 bis %3, nicht &apos;%4&apos;</translation>
    </message>
    <message>
        <source>(%1 transactions)</source>
        <translation>(%1 Transaktionen)</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(keine erfasst)</translation>
    </message>
    <message>
        <source>(under the minimum confidence %1)</source>
        <translation>(unter der Mindestkonfidenz %1)</translation>
    </message>
    <message>
        <source>Sub-fault %1 (%2)</source>
        <translation>Teilfehler %1 (%2)</translation>
    </message>
    <message>
        <source>Information, top %1</source>
        <translation>Informationen, beste %1</translation>
    </message>
    <message>
        <source>Edit actions, top %1</source>
        <translation>Bearbeitungsschritte, beste %1</translation>
    </message>
    <message>
        <source>Mine association rules (Apriori) from reproduction transactions: the replication package&apos;s
CSVs (Dataset_EditActions.csv, ManualReproduction_Github_Bugs.csv, Dataset_CriticalActions.csv,
Dataset_Github_CriticalInformation.csv, transactions.csv, Subfaults-Analysis.csv) or dlrepro&apos;s
own CSV/JSON export. Items are type:&lt;bug type&gt;, information:&lt;category&gt;, action:&lt;edit action&gt;.
--by-type runs the study&apos;s procedure instead (per bug type, rules {type} =&gt; {item} ranked by
support then confidence; top 3 information, top 5 edit actions; rules under the minimum
confidence kept but marked).</source>
        <translation>Gewinnt Assoziationsregeln (Apriori) aus Reproduktions-Transaktionen: den CSV-Dateien des
Replikationspakets (Dataset_EditActions.csv, ManualReproduction_Github_Bugs.csv, Dataset_CriticalActions.csv,
Dataset_Github_CriticalInformation.csv, transactions.csv, Subfaults-Analysis.csv) oder dem eigenen
CSV/JSON-Export von dlrepro. Elemente sind type:&lt;Fehlerart&gt;, information:&lt;Kategorie&gt;, action:&lt;Bearbeitungsschritt&gt;.
--by-type führt stattdessen das Verfahren der Studie aus (je Fehlerart Regeln {Art} =&gt; {Element},
geordnet nach Support, dann Konfidenz; 3 beste Informationen, 5 beste Bearbeitungsschritte; Regeln unter
der Mindestkonfidenz bleiben erhalten, werden aber markiert).</translation>
    </message>
    <message>
        <source>Transaction files.</source>
        <translation>Transaktionsdateien.</translation>
    </message>
    <message>
        <source>Minimum support (default 0.1).</source>
        <translation>Mindest-Support (Standard 0.1).</translation>
    </message>
    <message>
        <source>Minimum confidence (default 0 for Apriori, 0.30 for --by-type).</source>
        <translation>Mindestkonfidenz (Standard 0 für Apriori, 0.30 für --by-type).</translation>
    </message>
    <message>
        <source>Largest itemset (default 0: no limit).</source>
        <translation>Größte Elementmenge (Standard 0: keine Grenze).</translation>
    </message>
    <message>
        <source>Minimum lift (default 0).</source>
        <translation>Mindest-Lift (Standard 0).</translation>
    </message>
    <message>
        <source>The study&apos;s per-bug-type tables.</source>
        <translation>Die Tabellen der Studie je Fehlerart.</translation>
    </message>
    <message>
        <source>Only these items: actions or information.</source>
        <translation>Nur diese Elemente: actions oder information.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>CSV ausgeben.</translation>
    </message>
    <message>
        <source>expected at least one transaction file (see --help)</source>
        <translation>mindestens eine Transaktionsdatei erwartet (siehe --help)</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other</source>
        <translation>--json und --csv schließen einander aus</translation>
    </message>
    <message>
        <source>--items expects actions or information, not &apos;%1&apos;</source>
        <translation>--items erwartet actions oder information, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-length expects a whole number, not &apos;%1&apos;</source>
        <translation>--max-length erwartet eine ganze Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 transactions from %2; minimum confidence %3</source>
        <translation>%1 Transaktionen aus %2; Mindestkonfidenz %3</translation>
    </message>
    <message>
        <source>%1 rows with no edit action marked were skipped, as the study did</source>
        <translation>%1 Zeilen ohne markierten Bearbeitungsschritt wurden übersprungen, wie in der Studie</translation>
    </message>
    <message>
        <source>%1 transactions from %2; min support %3, min confidence %4, max length %5, min lift %6</source>
        <translation>%1 Transaktionen aus %2; Mindest-Support %3, Mindestkonfidenz %4, maximale Länge %5, Mindest-Lift %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Frequent itemsets (%1)</source>
        <translation>Häufige Elementmengen (%1)</translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation>Regeln (%1)</translation>
    </message>
    <message>
        <source>Input format: auto, stackexchange, posts-xml, github, markdown, text, html, notebook, report.</source>
        <translation>Eingabeformat: auto, stackexchange, posts-xml, github, markdown, text, html, notebook, report.</translation>
    </message>
    <message>
        <source>When the input holds several reports, use only the N-th (from 1).</source>
        <translation>Enthält die Eingabe mehrere Berichte, nur den N-ten verwenden (ab 1).</translation>
    </message>
    <message>
        <source>Set the bug type instead of the classifier: training, model, tensor, api, gpu, mixed.</source>
        <translation>Die Fehlerart selbst festlegen statt durch den Klassifikator: training, model, tensor, api, gpu, mixed.</translation>
    </message>
    <message>
        <source>Fetch online reports again, ignoring the cache.</source>
        <translation>Online-Berichte erneut abrufen, den Zwischenspeicher nicht beachten.</translation>
    </message>
    <message>
        <source>Neither read nor write the download cache.</source>
        <translation>Den Download-Zwischenspeicher weder lesen noch schreiben.</translation>
    </message>
    <message>
        <source>unknown input format &apos;%1&apos;</source>
        <translation>unbekanntes Eingabeformat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--index expects a number from 1</source>
        <translation>--index erwartet eine Zahl ab 1</translation>
    </message>
    <message>
        <source>unknown bug type &apos;%1&apos;</source>
        <translation>unbekannte Fehlerart &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Build a snippet from a report (its code blocks, definitions first, driver code and printed
values from the text), then apply edit actions — C when it does not parse, R for undefined
names, then the actions the hints recommend for its bug type — verifying after each step,
until the reported error or metric shows. Prints the transaction, the final code and the verdict.
Exit status: 0 reproduced, 1 not reproduced, 2 bad input or usage (no expectation in the report).</source>
        <translation>Baut einen Code-Ausschnitt aus einem Bericht (seine Codeblöcke, Definitionen zuerst, Aufrufcode und ausgegebene
Werte aus dem Text) und wendet dann Bearbeitungsaktionen an — C, wenn er sich nicht parsen lässt, R für undefinierte
Namen, dann die Aktionen, die die Hinweise für seine Fehlerart empfehlen —, mit Prüfung nach jedem Schritt,
bis der gemeldete Fehler oder die gemeldete Metrik auftritt. Gibt die Transaktion, den endgültigen Code und das Urteil aus.
Rückgabewert: 0 reproduziert, 1 nicht reproduziert, 2 ungültige Eingabe oder falscher Aufruf (keine Erwartung im Bericht).</translation>
    </message>
    <message>
        <source>The bug report (a file, so:ID or gh:owner/repo#N).</source>
        <translation>Der Fehlerbericht (eine Datei, so:ID oder gh:besitzer/repo#N).</translation>
    </message>
    <message>
        <source>Edit actions to apply at most (default 8).</source>
        <translation>Höchstzahl anzuwendender Bearbeitungsaktionen (Standard 8).</translation>
    </message>
    <message>
        <source>Print the reproduction as JSON (schema dlrepro.reproduction/1).</source>
        <translation>Die Reproduktion als JSON ausgeben (Schema dlrepro.reproduction/1).</translation>
    </message>
    <message>
        <source>Write the final code to FILE.</source>
        <translation>Den endgültigen Code in FILE schreiben.</translation>
    </message>
    <message>
        <source>--max-steps must be between 0 and 50</source>
        <translation>--max-steps muss zwischen 0 und 50 liegen</translation>
    </message>
    <message>
        <source>%1: no report found</source>
        <translation>%1: kein Bericht gefunden</translation>
    </message>
    <message>
        <source>the report quotes no error and no observed metric to verify against</source>
        <translation>der Bericht zitiert weder einen Fehler noch eine beobachtete Metrik, gegen die geprüft werden kann</translation>
    </message>
    <message>
        <source>cannot create a temporary directory</source>
        <translation>temporäres Verzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>[step %1] running</source>
        <translation>[Schritt %1] läuft</translation>
    </message>
    <message>
        <source>The Python interpreter (default: the one `dlrepro-cli env` marks).</source>
        <translation>Der Python-Interpreter (Standard: der, den `dlrepro-cli env` markiert).</translation>
    </message>
    <message>
        <source>auto (CUDA when the interpreter has it), cpu, or cuda:N.</source>
        <translation>auto (CUDA, wenn der Interpreter es hat), cpu oder cuda:N.</translation>
    </message>
    <message>
        <source>Comma-separated seeds (default 0,1,2,3,4).</source>
        <translation>Seeds, durch Kommas getrennt (Standard 0,1,2,3,4).</translation>
    </message>
    <message>
        <source>Run seeds 0..N-1 instead of a list.</source>
        <translation>Seeds 0..N-1 statt einer Liste ausführen.</translation>
    </message>
    <message>
        <source>Seeds run at once (default 1; on the CPU at most the cores).</source>
        <translation>Gleichzeitig laufende Seeds (Standard 1; auf der CPU höchstens die Anzahl der Kerne).</translation>
    </message>
    <message>
        <source>Wall-clock limit per seed in seconds (default 300; 0: none).</source>
        <translation>Zeitgrenze je Seed in Sekunden (Standard 300; 0: keine).</translation>
    </message>
    <message>
        <source>Resident memory limit per seed, e.g. 2G or 512M (default: none).</source>
        <translation>Speichergrenze (resident) je Seed, z. B. 2G oder 512M (Standard: keine).</translation>
    </message>
    <message>
        <source>Keep every run&apos;s directory, result JSON and output under DIR.</source>
        <translation>Verzeichnis, Ergebnis-JSON und Ausgabe jedes Laufs unter DIR aufbewahren.</translation>
    </message>
    <message>
        <source>Ask the frameworks for deterministic algorithms.</source>
        <translation>Die Frameworks um deterministische Algorithmen bitten.</translation>
    </message>
    <message>
        <source>auto (fork seeds from a warm interpreter that imported torch/numpy once, for snippets that do not use TensorFlow, Keras or JAX), on, or off (one process per seed).</source>
        <translation>auto (Seeds aus einem warmen Interpreter forken, der torch/numpy einmal importiert hat, für Code-Ausschnitte ohne TensorFlow, Keras oder JAX), on oder off (ein Prozess pro Seed).</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: not a readable file</source>
        <translation>%1: keine lesbare Datei</translation>
    </message>
    <message>
        <source>--device must be auto, cpu or cuda:N, not &apos;%1&apos;</source>
        <translation>--device muss auto, cpu oder cuda:N sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give either --seeds or --n-seeds, not both</source>
        <translation>entweder --seeds oder --n-seeds angeben, nicht beides</translation>
    </message>
    <message>
        <source>--seeds needs distinct non-negative integers separated by commas (at most 1000), not &apos;%1&apos;</source>
        <translation>--seeds erwartet verschiedene nicht negative ganze Zahlen, durch Kommas getrennt (höchstens 1000), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--n-seeds must be between 1 and 1000</source>
        <translation>--n-seeds muss zwischen 1 und 1000 liegen</translation>
    </message>
    <message>
        <source>--parallel must be between 1 and 256</source>
        <translation>--parallel muss zwischen 1 und 256 liegen</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds (0: none)</source>
        <translation>--timeout muss eine Anzahl Sekunden sein (0: keine)</translation>
    </message>
    <message>
        <source>--memory-limit must be an amount such as 2G, 512M or 1.5GiB (at least 1M), not &apos;%1&apos;</source>
        <translation>--memory-limit muss eine Menge wie 2G, 512M oder 1.5GiB sein (mindestens 1M), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>--fork-server must be auto, on or off, not &apos;%1&apos;</source>
        <translation>--fork-server muss auto, on oder off sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--python %1: not an executable file</source>
        <translation>--python %1: keine ausführbare Datei</translation>
    </message>
    <message>
        <source>--python %1 does not work: %2</source>
        <translation>--python %1 funktioniert nicht: %2</translation>
    </message>
    <message>
        <source>no usable Python interpreter found; give --python or set DLREPRO_PYTHON</source>
        <translation>kein brauchbarer Python-Interpreter gefunden; --python angeben oder DLREPRO_PYTHON setzen</translation>
    </message>
    <message>
        <source>Using %1</source>
        <translation>Verwende %1</translation>
    </message>
    <message>
        <source>warning: %1 sees no CUDA device; the runs will fail where they need one</source>
        <translation>Warnung: %1 sieht kein CUDA-Gerät; die Läufe scheitern, wo sie eines brauchen</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>peak RSS</source>
        <translation>Spitzen-RSS</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (Zeile %1)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exitcode %1</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>Run a Python snippet in your interpreter once per seed, through dlrepro&apos;s harness (seeded
random/numpy/torch/tensorflow, captured exception, collected metrics, limits). Output lines
stream to stderr as &quot;[seed N] …&quot;; the per-seed summary goes to stdout.
Exit status: 0 every seed ran to an answer (an exception is an answer), 1 some seed timed
out, hit a limit or did not start, 2 bad input or usage.</source>
        <translation>Führt einen Python-Ausschnitt in Ihrem Interpreter je Seed einmal über den Harness von dlrepro aus
(geseedetes random/numpy/torch/tensorflow, abgefangene Ausnahme, gesammelte Metriken, Grenzen).
Ausgabezeilen gehen als &quot;[seed N] …&quot; auf die Standardfehlerausgabe; die Zusammenfassung je Seed auf die Standardausgabe.
Rückgabewert: 0 jeder Seed kam zu einer Antwort (eine Ausnahme ist eine Antwort), 1 ein Seed überschritt
die Zeit, erreichte eine Grenze oder startete nicht, 2 ungültige Eingabe oder falscher Aufruf.</translation>
    </message>
    <message>
        <source>The Python file to run.</source>
        <translation>Die auszuführende Python-Datei.</translation>
    </message>
    <message>
        <source>Print the results as JSON (docs/run-result-schema.md).</source>
        <translation>Die Ergebnisse als JSON ausgeben (docs/run-result-schema.md).</translation>
    </message>
    <message>
        <source>the runner did not start</source>
        <translation>der Runner ist nicht gestartet</translation>
    </message>
    <message>
        <source>Select the study&apos;s questions from a Stack Exchange data dump (Posts.xml): a framework
tag, created in the date range, no &quot;how&quot;/&quot;install&quot;/&quot;build&quot; in the title, a code
block in the body, an accepted answer, a score above 0, and a bug-type tag of
Table 4.1. Writes one dlrepro report per line (question plus accepted answer) and
prints the counts per framework and bug type (Table 4.2) and per filter.
The study used --since 2020-05-01 --until 2023-05-31.</source>
        <translation>Wählt die Fragen der Studie aus einem Stack-Exchange-Datendump (Posts.xml) aus: ein
Framework-Tag, im Zeitraum erstellt, kein &quot;how&quot;/&quot;install&quot;/&quot;build&quot; im Titel, ein
Codeblock im Text, eine akzeptierte Antwort, eine Bewertung über 0 und ein
Fehlerart-Tag aus Tabelle 4.1. Schreibt einen dlrepro-Bericht je Zeile (Frage und
akzeptierte Antwort) und gibt die Anzahlen je Framework und Fehlerart (Tabelle 4.2)
und je Filter aus. Die Studie verwendete --since 2020-05-01 --until 2023-05-31.</translation>
    </message>
    <message>
        <source>The data dump&apos;s Posts.xml.</source>
        <translation>Die Posts.xml des Datendumps.</translation>
    </message>
    <message>
        <source>Framework tags, comma-separated; a question is counted under the first one it has (default: pytorch,tensorflow,keras).</source>
        <translation>Framework-Tags, durch Kommas getrennt; eine Frage zählt unter dem ersten, das sie trägt (Standard: pytorch,tensorflow,keras).</translation>
    </message>
    <message>
        <source>Keep questions created on or after DATE (YYYY-MM-DD).</source>
        <translation>Fragen behalten, die am oder nach DATE erstellt wurden (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Keep questions created on or before DATE (YYYY-MM-DD).</source>
        <translation>Fragen behalten, die am oder vor DATE erstellt wurden (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Write the JSON lines to FILE (default: standard output, the counts then go to standard error).</source>
        <translation>Die JSON-Zeilen nach FILE schreiben (Standard: Standardausgabe; die Anzahlen gehen dann auf die Standardfehlerausgabe).</translation>
    </message>
    <message>
        <source>Also keep questions without a bug-type tag of Table 4.1.</source>
        <translation>Auch Fragen ohne Fehlerart-Tag aus Tabelle 4.1 behalten.</translation>
    </message>
    <message>
        <source>expected exactly one Posts.xml file (see --help)</source>
        <translation>genau eine Posts.xml-Datei erwartet (siehe --help)</translation>
    </message>
    <message>
        <source>--tags names no framework tag</source>
        <translation>--tags nennt kein Framework-Tag</translation>
    </message>
    <message>
        <source>--since: bad date &apos;%1&apos; (expected YYYY-MM-DD)</source>
        <translation>--since: ungültiges Datum &apos;%1&apos; (erwartet JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>--until: bad date &apos;%1&apos; (expected YYYY-MM-DD)</source>
        <translation>--until: ungültiges Datum &apos;%1&apos; (erwartet JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>--since %1 is after --until %2</source>
        <translation>--since %1 liegt nach --until %2</translation>
    </message>
    <message>
        <source>cannot write: </source>
        <translation>kann nicht schreiben: </translation>
    </message>
    <message>
        <source>Run a snippet over several seeds and decide whether it reproduces the reported bug.
What should happen comes from --report (its quoted error, else its observed metric) or
from --expect-error / --expect-metric. Explicit bugs: the error must match (exactly or
after normalising paths, addresses and numbers in shapes and sizes) in every seed;
some seeds only is intermittent. Silent bugs: the mean metric over the seeds must lie
within the relative tolerance of the reported value (34% = 0.34).
Exit status: 0 reproduced, 1 not reproduced, intermittent or inconclusive, 2 bad input
or usage (missing snippet, no expectation, bad option values).</source>
        <translation>Führt einen Ausschnitt über mehrere Seeds aus und entscheidet, ob er den gemeldeten Fehler reproduziert.
Was geschehen soll, kommt aus --report (sein zitierter Fehler, sonst seine beobachtete Metrik) oder
aus --expect-error / --expect-metric. Explizite Fehler: der Fehler muss in jedem Seed übereinstimmen (genau oder
nach Normalisierung von Pfaden, Adressen und Zahlen in Formen und Größen);
nur in manchen Seeds heißt sporadisch. Stille Fehler: die mittlere Metrik über die Seeds muss
innerhalb der relativen Toleranz um den gemeldeten Wert liegen (34% = 0.34).
Rückgabewert: 0 reproduziert, 1 nicht reproduziert, sporadisch oder nicht entscheidbar, 2 ungültige Eingabe
oder falscher Aufruf (fehlender Ausschnitt, keine Erwartung, ungültige Optionswerte).</translation>
    </message>
    <message>
        <source>The Python file that should reproduce the bug.</source>
        <translation>Die Python-Datei, die den Fehler reproduzieren soll.</translation>
    </message>
    <message>
        <source>The bug report (a file, so:ID or gh:owner/repo#N), as for inspect.</source>
        <translation>Der Fehlerbericht (eine Datei, so:ID oder gh:besitzer/repo#N), wie bei inspect.</translation>
    </message>
    <message>
        <source>The error that should occur: &quot;Type: message&quot;.</source>
        <translation>Der Fehler, der auftreten soll: &quot;Typ: Meldung&quot;.</translation>
    </message>
    <message>
        <source>The metric that should be seen: name=value[%], e.g. accuracy=34%.</source>
        <translation>Die Metrik, die sich zeigen soll: name=wert[%], z. B. accuracy=34%.</translation>
    </message>
    <message>
        <source>Relative tolerance for a metric (default 0.05, also 5%).</source>
        <translation>Relative Toleranz für eine Metrik (Standard 0.05, auch 5%).</translation>
    </message>
    <message>
        <source>Read the metric from the output with this regular expression (one capture group; last match).</source>
        <translation>Die Metrik mit diesem regulären Ausdruck aus der Ausgabe lesen (eine Gruppe; letzter Treffer).</translation>
    </message>
    <message>
        <source>Print the verdict as JSON (docs/verdict-schema.md).</source>
        <translation>Das Urteil als JSON ausgeben (docs/verdict-schema.md).</translation>
    </message>
    <message>
        <source>give either --expect-error or --expect-metric, not both</source>
        <translation>entweder --expect-error oder --expect-metric angeben, nicht beides</translation>
    </message>
    <message>
        <source>the report quotes no error and no observed metric: give --expect-error or --expect-metric</source>
        <translation>der Bericht zitiert weder einen Fehler noch eine beobachtete Metrik: --expect-error oder --expect-metric angeben</translation>
    </message>
    <message>
        <source>nothing to verify against: give --report, --expect-error or --expect-metric</source>
        <translation>nichts zum Prüfen: --report, --expect-error oder --expect-metric angeben</translation>
    </message>
    <message>
        <source>--tolerance applies to a metric, and the expectation is an error</source>
        <translation>--tolerance gilt für eine Metrik, die Erwartung ist aber ein Fehler</translation>
    </message>
    <message>
        <source>--metric-regex applies to a metric, and the expectation is an error</source>
        <translation>--metric-regex gilt für eine Metrik, die Erwartung ist aber ein Fehler</translation>
    </message>
    <message>
        <source>Expecting: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa between two annotators&apos; binary labels: per bug over its labels, the mean over bugs
(as the thesis reports it: 54.5% and 89.1% for its two rounds), pooled over every decision, and
per label over the bugs. Input: a CSV with one row per bug and columns A1V1..A1Vk, A2V1..A2Vk
(other columns name the bug), or a project database (the ten edit actions of the bugs both
annotators labelled). A bug where both annotators give one and the same value to every label
has kappa 0/0 (sklearn: nan); it counts as 1, marked &apos;*&apos;, unless --exclude-degenerate.</source>
        <translation>Cohens Kappa zwischen den binären Labels zweier Annotatoren: je Fehler über seine Labels, das Mittel über die Fehler
(wie die Thesis es angibt: 54,5 % und 89,1 % für ihre zwei Runden), gepoolt über alle Entscheidungen und
je Label über die Fehler. Eingabe: eine CSV mit einer Zeile je Fehler und den Spalten A1V1..A1Vk, A2V1..A2Vk
(andere Spalten benennen den Fehler) oder eine Projektdatenbank (die zehn Bearbeitungsaktionen der Fehler, die beide
Annotatoren gelabelt haben). Ein Fehler, bei dem beide Annotatoren jedem Label ein und denselben Wert geben,
hat Kappa 0/0 (sklearn: nan); er zählt als 1, markiert mit &apos;*&apos;, außer bei --exclude-degenerate.</translation>
    </message>
    <message>
        <source>Two-annotator CSV or project database.</source>
        <translation>CSV zweier Annotatoren oder Projektdatenbank.</translation>
    </message>
    <message>
        <source>With a project: the two annotators to compare (default: its only two).</source>
        <translation>Bei einem Projekt: die zwei zu vergleichenden Annotatoren (Standard: seine einzigen zwei).</translation>
    </message>
    <message>
        <source>Leave degenerate bugs out of the mean (numpy.nanmean over sklearn&apos;s values).</source>
        <translation>Degenerierte Fehler aus dem Mittel herauslassen (numpy.nanmean über die Werte von sklearn).</translation>
    </message>
    <message>
        <source>Tables as text (default), csv, markdown or latex.</source>
        <translation>Tabellen als Text (Standard), csv, markdown oder latex.</translation>
    </message>
    <message>
        <source>expected one input file (see --help)</source>
        <translation>genau eine Eingabedatei erwartet (siehe --help)</translation>
    </message>
    <message>
        <source>--format expects text, csv, markdown or latex, not &apos;%1&apos;</source>
        <translation>--format erwartet text, csv, markdown oder latex, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--json and --format exclude each other</source>
        <translation>--json und --format schließen einander aus</translation>
    </message>
    <message>
        <source>--annotators expects two names separated by a comma, not &apos;%1&apos;</source>
        <translation>--annotators erwartet zwei durch ein Komma getrennte Namen, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--annotators applies to a project database, not a CSV</source>
        <translation>--annotators gilt für eine Projektdatenbank, nicht für eine CSV</translation>
    </message>
    <message>
        <source>Mean kappa over %1 of %2 bugs: %3; pooled kappa: %4.</source>
        <translation>Mittleres Kappa über %1 von %2 Fehlern: %3; gepooltes Kappa: %4.</translation>
    </message>
    <message numerus="yes">
        <source>* %n bug(s) where both annotators gave every label the same value: kappa is 0/0 there (sklearn: nan); %1.</source>
        <translation>
            <numerusform>* %n Fehler, bei dem beide Annotatoren jedem Label denselben Wert gaben: Kappa ist dort 0/0 (sklearn: nan); %1.</numerusform>
            <numerusform>* %n Fehler, bei denen beide Annotatoren jedem Label denselben Wert gaben: Kappa ist dort 0/0 (sklearn: nan); %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>counted as 1 in the mean (--exclude-degenerate leaves them out)</source>
        <translation>im Mittel als 1 gezählt (--exclude-degenerate lässt sie weg)</translation>
    </message>
    <message>
        <source>left out of the mean</source>
        <translation>aus dem Mittel herausgelassen</translation>
    </message>
    <message>
        <source>Last saved step %1 (of %2 optimizer steps, %3 saved, %4):</source>
        <translation>Zuletzt gespeicherter Schritt %1 (von %2 Optimierer-Schritten, %3 gespeichert, %4):</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Training dynamics of a run made with --dynamics: per layer and saved step the statistics of weights, biases and gradients (max, min, median, mean, var, std, skew, kurtosis, sparsity), gradient norms, and the symptoms found (vanishing or exploding gradients, dying ReLU, oscillating loss, slow convergence). Exit code 0; 1 when --expect names a symptom that does not show or the statistics cannot be computed; 2 on bad input.</source>
        <translation>Trainingsdynamik eines mit --dynamics gemachten Laufs: je Schicht und gespeichertem Schritt die Statistiken von Gewichten, Biases und Gradienten (Max., Min., Median, Mittel, Varianz, Std.-Abw., Schiefe, Kurtosis, Dünnbesetztheit), Gradientennormen und die gefundenen Symptome (verschwindende oder explodierende Gradienten, sterbende ReLU, oszillierender Loss, langsame Konvergenz). Exitcode 0; 1, wenn --expect ein Symptom nennt, das nicht auftritt, oder die Statistiken nicht berechnet werden können; 2 bei ungültiger Eingabe.</translation>
    </message>
    <message>
        <source>The run&apos;s --out folder, a seed-N folder or its dynamics folder.</source>
        <translation>Der --out-Ordner des Laufs, ein seed-N-Ordner oder dessen dynamics-Ordner.</translation>
    </message>
    <message>
        <source>Which seed of the run (default: the lowest with dynamics).</source>
        <translation>Welcher Seed des Laufs (Standard: der niedrigste mit Dynamik).</translation>
    </message>
    <message>
        <source>A thresholds file like resources/knowledge/dynamics-thresholds.json.</source>
        <translation>Eine Schwellenwertdatei wie resources/knowledge/dynamics-thresholds.json.</translation>
    </message>
    <message>
        <source>Exit 1 unless this symptom shows (vanishing, exploding, dying, oscillating, slow); repeatable.</source>
        <translation>Exitcode 1, außer dieses Symptom tritt auf (vanishing, exploding, dying, oscillating, slow); wiederholbar.</translation>
    </message>
    <message>
        <source>expected one run folder (see --help)</source>
        <translation>genau ein Laufordner erwartet (siehe --help)</translation>
    </message>
    <message>
        <source>--seed expects a number &gt;= 0, not &apos;%1&apos;</source>
        <translation>--seed erwartet eine Zahl &gt;= 0, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--expect: &apos;%1&apos; is no symptom (vanishing_gradients, exploding_gradients, dying_relu, oscillating_loss, slow_convergence)</source>
        <translation>--expect: &apos;%1&apos; ist kein Symptom (vanishing_gradients, exploding_gradients, dying_relu, oscillating_loss, slow_convergence)</translation>
    </message>
    <message>
        <source>the tensor helper dlrepro-tensor is not installed next to dlrepro-cli (or named by $DLREPRO_TENSOR)</source>
        <translation>der Tensor-Helfer dlrepro-tensor ist nicht neben dlrepro-cli installiert (und auch nicht durch $DLREPRO_TENSOR angegeben)</translation>
    </message>
    <message>
        <source>Dynamics: %1</source>
        <translation>Dynamik: %1</translation>
    </message>
    <message>
        <source>No step was saved (did the snippet call an optimizer&apos;s step()?).</source>
        <translation>Es wurde kein Schritt gespeichert (hat der Ausschnitt die step()-Methode eines Optimierers aufgerufen?).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Symptoms: none</source>
        <translation>Symptome: keine</translation>
    </message>
    <message>
        <source>Symptoms:</source>
        <translation>Symptome:</translation>
    </message>
    <message>
        <source>expected but not shown: %1</source>
        <translation>erwartet, aber nicht aufgetreten: %1</translation>
    </message>
    <message>
        <source>Fit a binomial GLM with logit link by IRLS to a CSV (a header row, one row per observation), as
statsmodels&apos; sm.GLM(y, X, family=Binomial()).fit() does, and print estimate, std. error, z, p
(normal), 95% CI and odds ratio per term (Table 4.11). A rank-deficient design (e.g. every level&apos;s
dummy next to the intercept) gets the minimum-norm (pseudo-inverse) solution and its aliased
columns are named. Exit status 1 when the fit did not converge or separates the data perfectly.</source>
        <translation>Passt ein binomiales GLM mit Logit-Link per IRLS an eine CSV an (eine Kopfzeile, eine Zeile je Beobachtung), wie
sm.GLM(y, X, family=Binomial()).fit() von statsmodels, und gibt Schätzwert, Std.-Fehler, z, p
(normal), 95-%-KI und Odds Ratio je Term aus (Tabelle 4.11). Ein Design mit Rangdefizit (z. B. der Dummy jeder
Stufe neben dem Achsenabschnitt) erhält die Lösung minimaler Norm (Pseudoinverse), und seine aliasierten
Spalten werden genannt. Rückgabewert 1, wenn die Anpassung nicht konvergierte oder die Daten perfekt trennt.</translation>
    </message>
    <message>
        <source>The data.</source>
        <translation>Die Daten.</translation>
    </message>
    <message>
        <source>The 0/1 response column.</source>
        <translation>Die 0/1-Spalte der Zielvariable.</translation>
    </message>
    <message>
        <source>The predictor columns, in order.</source>
        <translation>Die Prädiktorspalten, in Reihenfolge.</translation>
    </message>
    <message>
        <source>Terms that are categorical: one 0/1 column per level, named &lt;column&gt;_&lt;level&gt;.</source>
        <translation>Kategoriale Terme: eine 0/1-Spalte je Stufe, benannt &lt;Spalte&gt;_&lt;Stufe&gt;.</translation>
    </message>
    <message>
        <source>Keep every level&apos;s dummy next to the intercept, as the thesis&apos;s model did (default: the first level is the reference).</source>
        <translation>Den Dummy jeder Stufe neben dem Achsenabschnitt behalten, wie im Modell der Thesis (Standard: die erste Stufe ist die Referenz).</translation>
    </message>
    <message>
        <source>Fit without an intercept.</source>
        <translation>Ohne Achsenabschnitt anpassen.</translation>
    </message>
    <message>
        <source>IRLS iteration limit (default 100).</source>
        <translation>Iterationsgrenze für IRLS (Standard 100).</translation>
    </message>
    <message>
        <source>The table as text (default), csv, markdown or latex.</source>
        <translation>Die Tabelle als Text (Standard), csv, markdown oder latex.</translation>
    </message>
    <message>
        <source>expected one CSV file (see --help)</source>
        <translation>genau eine CSV-Datei erwartet (siehe --help)</translation>
    </message>
    <message>
        <source>--response is required</source>
        <translation>--response ist erforderlich</translation>
    </message>
    <message>
        <source>--terms is required without an intercept</source>
        <translation>--terms ist ohne Achsenabschnitt erforderlich</translation>
    </message>
    <message>
        <source>--max-iterations expects a whole number from 1 to 100000, not &apos;%1&apos;</source>
        <translation>--max-iterations erwartet eine ganze Zahl von 1 bis 100000, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Observations %1, rank %2, residual df %3, deviance %4 (null %5), AIC %6, %n iteration(s).</source>
        <translation>
            <numerusform>Beobachtungen %1, Rang %2, Residual-FG %3, Devianz %4 (Null %5), AIC %6, %n Iteration.</numerusform>
            <numerusform>Beobachtungen %1, Rang %2, Residual-FG %3, Devianz %4 (Null %5), AIC %6, %n Iterationen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aliased (linear combinations of the columns before them): %1. The estimates are the minimum-norm solution, as statsmodels gives; only their estimable combinations mean something.</source>
        <translation>Aliasiert (Linearkombinationen der Spalten davor): %1. Die Schätzwerte sind die Lösung minimaler Norm, wie statsmodels sie liefert; nur ihre schätzbaren Kombinationen sind aussagekräftig.</translation>
    </message>
    <message>
        <source>Warning: perfect separation: the model predicts every response exactly, so the estimates run off to infinity and mean nothing (statsmodels refuses this fit).</source>
        <translation>Warnung: perfekte Trennung: das Modell sagt jede Zielvariable exakt vorher, daher laufen die Schätzwerte gegen unendlich und sind bedeutungslos (statsmodels verweigert diese Anpassung).</translation>
    </message>
    <message>
        <source>Warning: IRLS did not converge in %1 iterations; the estimates are not final.</source>
        <translation>Warnung: IRLS konvergierte nicht in %1 Iterationen; die Schätzwerte sind nicht endgültig.</translation>
    </message>
    <message>
        <source>How the focus statement is found: &apos;lexical&apos; (BM25, the default) or &apos;embedding&apos; (cosine of all-MiniLM-L6-v2 embeddings, as the study did; the model folder comes from DLREPRO_EMBEDDING_MODEL or the setting hints/embeddingModelDir; without one the lexical scorer is used and a note says why).</source>
        <translation>Wie die wichtigste Aussage gefunden wird: &apos;lexical&apos; (BM25, Standard) oder &apos;embedding&apos; (Kosinus der all-MiniLM-L6-v2-Embeddings, wie in der Studie; der Modellordner kommt aus DLREPRO_EMBEDDING_MODEL oder der Einstellung hints/embeddingModelDir; ohne ihn wird die lexikalische Bewertung verwendet, und ein Hinweis nennt den Grund).</translation>
    </message>
    <message>
        <source>--scorer must be &apos;lexical&apos; or &apos;embedding&apos;, not &apos;%1&apos;</source>
        <translation>--scorer muss &apos;lexical&apos; oder &apos;embedding&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the focus statement was scored lexically: %1</source>
        <translation>die wichtigste Aussage wurde lexikalisch bewertet: %1</translation>
    </message>
    <message>
        <source>final label</source>
        <translation>endgültiges Label</translation>
    </message>
    <message>
        <source>information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>reproduced</source>
        <translation>reproduziert</translation>
    </message>
    <message>
        <source>(pre-filled, to confirm)</source>
        <translation>(vorausgefüllt, zu bestätigen)</translation>
    </message>
    <message>
        <source>Bug type: training, model, tensor, api, gpu, mixed (or T M I A G X).</source>
        <translation>Fehlerart: training, model, tensor, api, gpu, mixed (oder T M I A G X).</translation>
    </message>
    <message>
        <source>Sub-fault: Optimisation, Loss function, Hyperparameters, Layer, Model.</source>
        <translation>Teilfehler: Optimisation, Loss function, Hyperparameters, Layer, Model.</translation>
    </message>
    <message>
        <source>Edit actions used: ids, names or letters, comma-separated (&quot;D,L,R&quot; or &quot;DLR&quot;); none.</source>
        <translation>Verwendete Bearbeitungsaktionen: IDs, Namen oder Buchstaben, durch Kommas getrennt (&quot;D,L,R&quot; oder &quot;DLR&quot;); none.</translation>
    </message>
    <message>
        <source>Information present: data, model, hyperparameters, code, logs (or letters); none.</source>
        <translation>Vorhandene Informationen: data, model, hyperparameters, code, logs (oder Buchstaben); none.</translation>
    </message>
    <message>
        <source>Minutes taken.</source>
        <translation>Benötigte Minuten.</translation>
    </message>
    <message>
        <source>reproduced or not-reproduced (yes/no).</source>
        <translation>reproduced oder not-reproduced (yes/no).</translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation>Freie Notizen.</translation>
    </message>
    <message>
        <source>--type: unknown bug type &apos;%1&apos;</source>
        <translation>--type: unbekannte Fehlerart &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--sub-fault: unknown sub-fault &apos;%1&apos; (one of: %2)</source>
        <translation>--sub-fault: unbekannter Teilfehler &apos;%1&apos; (einer von: %2)</translation>
    </message>
    <message>
        <source>--actions: unknown edit action &apos;%1&apos;</source>
        <translation>--actions: unbekannte Bearbeitungsaktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--info: unknown information category &apos;%1&apos;</source>
        <translation>--info: unbekannte Informationskategorie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--time expects minutes &gt;= 0, not &apos;%1&apos;</source>
        <translation>--time erwartet Minuten &gt;= 0, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--outcome expects reproduced or not-reproduced, not &apos;%1&apos;</source>
        <translation>--outcome erwartet reproduced oder not-reproduced, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Create an empty project database (SQLite).</source>
        <translation>Eine leere Projektdatenbank (SQLite) anlegen.</translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation>Die anzulegende Projektdatei.</translation>
    </message>
    <message>
        <source>Import replication CSVs into a project (all rows of a file, or none).</source>
        <translation>Replikations-CSVs in ein Projekt importieren (alle Zeilen einer Datei oder keine).</translation>
    </message>
    <message>
        <source>The project file (created if missing).</source>
        <translation>Die Projektdatei (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <source>Dataset_Manual_Reproduction.csv, Dataset_EditActions.csv, Dataset_CriticalActions.csv, ManualReproduction_Github_Bugs.csv, Dataset_Github_CriticalInformation.csv</source>
        <translation>Dataset_Manual_Reproduction.csv, Dataset_EditActions.csv, Dataset_CriticalActions.csv, ManualReproduction_Github_Bugs.csv, Dataset_Github_CriticalInformation.csv</translation>
    </message>
    <message>
        <source>auto (default), manual, editactions or critical.</source>
        <translation>auto (Standard), manual, editactions oder critical.</translation>
    </message>
    <message>
        <source>Export a project: csv (the replication files; --out is a folder, or a file with --kind), transactions (the one-letter format), json (everything). --out - prints.</source>
        <translation>Ein Projekt exportieren: csv (die Replikationsdateien; --out ist ein Ordner oder mit --kind eine Datei), transactions (das Ein-Buchstaben-Format), json (alles). --out - gibt aus.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>csv, transactions or json.</source>
        <translation>csv, transactions oder json.</translation>
    </message>
    <message>
        <source>Where to write.</source>
        <translation>Wohin geschrieben wird.</translation>
    </message>
    <message>
        <source>csv: one file of this kind (manual, so-edit-actions, so-information, github-edit-actions, github-information).</source>
        <translation>csv: eine Datei dieser Art (manual, so-edit-actions, so-information, github-edit-actions, github-information).</translation>
    </message>
    <message>
        <source>transactions: actions (default) or information.</source>
        <translation>transactions: actions (Standard) oder information.</translation>
    </message>
    <message>
        <source>List the project&apos;s bugs, filtered.</source>
        <translation>Die Fehler des Projekts auflisten, gefiltert.</translation>
    </message>
    <message>
        <source>Bug type.</source>
        <translation>Fehlerart.</translation>
    </message>
    <message>
        <source>Framework.</source>
        <translation>Framework.</translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation>yes oder no.</translation>
    </message>
    <message>
        <source>Bugs this annotator labelled.</source>
        <translation>Fehler, die dieser Annotator gelabelt hat.</translation>
    </message>
    <message>
        <source>Only bugs whose annotators disagree (not settled).</source>
        <translation>Nur Fehler, bei denen die Annotatoren uneinig sind (nicht festgelegt).</translation>
    </message>
    <message>
        <source>Substring of id, title or tags.</source>
        <translation>Teilzeichenkette von ID, Titel oder Tags.</translation>
    </message>
    <message>
        <source>First row (default 0).</source>
        <translation>Erste Zeile (Standard 0).</translation>
    </message>
    <message>
        <source>Rows (default 50).</source>
        <translation>Zeilen (Standard 50).</translation>
    </message>
    <message>
        <source>Save (or change fields of) an annotator&apos;s label of a bug. The other annotator&apos;s label is shown only once both are saved.</source>
        <translation>Das Label eines Annotators für einen Fehler speichern (oder Felder davon ändern). Das Label des anderen Annotators wird erst gezeigt, wenn beide gespeichert sind.</translation>
    </message>
    <message>
        <source>The bug: its number, source:id, or id.</source>
        <translation>Der Fehler: seine Nummer, Quelle:ID oder ID.</translation>
    </message>
    <message>
        <source>Who annotates (required).</source>
        <translation>Wer annotiert (erforderlich).</translation>
    </message>
    <message>
        <source>Pre-fill an annotation from a reproduction workspace&apos;s transaction.json.</source>
        <translation>Eine Annotation aus der transaction.json eines Reproduktions-Arbeitsbereichs vorausfüllen.</translation>
    </message>
    <message>
        <source>The bug.</source>
        <translation>Der Fehler.</translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation>Der Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>Whose annotation (required).</source>
        <translation>Wessen Annotation (erforderlich).</translation>
    </message>
    <message>
        <source>Settle a bug&apos;s final label: from one annotator&apos;s (--from), the agreed one, and/or the label options.</source>
        <translation>Das endgültige Label eines Fehlers festlegen: aus dem eines Annotators (--from), dem übereinstimmenden und/oder den Label-Optionen.</translation>
    </message>
    <message>
        <source>Who settles (required).</source>
        <translation>Wer festlegt (erforderlich).</translation>
    </message>
    <message>
        <source>Start from this annotator&apos;s label.</source>
        <translation>Vom Label dieses Annotators ausgehen.</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (init, import, export, list, annotate, prefill, settle)</source>
        <translation>unbekannter Unterbefehl &apos;%1&apos; (init, import, export, list, annotate, prefill, settle)</translation>
    </message>
    <message>
        <source>wrong number of arguments (see --help)</source>
        <translation>falsche Anzahl von Argumenten (siehe --help)</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>--kind expects auto, manual, editactions or critical, not &apos;%1&apos;</source>
        <translation>--kind erwartet auto, manual, editactions oder critical, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2 rows as %3 (%4 new bugs, %5 updated)</source>
        <translation>%1: %2 Zeilen als %3 (%4 neue Fehler, %5 aktualisiert)</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out ist erforderlich</translation>
    </message>
    <message>
        <source>--kind: unknown kind &apos;%1&apos;</source>
        <translation>--kind: unbekannte Art &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--format expects csv, transactions or json, not &apos;%1&apos;</source>
        <translation>--format erwartet csv, transactions oder json, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reproduced expects yes or no, not &apos;%1&apos;</source>
        <translation>--reproduced erwartet yes oder no, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--offset and --limit expect numbers &gt;= 0</source>
        <translation>--offset und --limit erwarten Zahlen &gt;= 0</translation>
    </message>
    <message>
        <source>%1 bugs</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>%1: no bug &apos;%2&apos;</source>
        <translation>%1: kein Fehler &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--annotator is required</source>
        <translation>--annotator ist erforderlich</translation>
    </message>
    <message>
        <source>--by is required</source>
        <translation>--by ist erforderlich</translation>
    </message>
    <message>
        <source>%1 has not annotated bug %2</source>
        <translation>%1 hat Fehler %2 nicht annotiert</translation>
    </message>
    <message>
        <source>the annotators of bug %1 disagree: give --from or the label (--type, --actions, --info)</source>
        <translation>die Annotatoren von Fehler %1 sind uneinig: geben Sie --from oder das Label an (--type, --actions, --info)</translation>
    </message>
    <message>
        <source>Usage: dlrepro-cli project &lt;subcommand&gt; &lt;db&gt; ...
A research project database (SQLite) of bugs, reproductions and annotations.
  init &lt;db&gt;                                   create an empty project
  import &lt;db&gt; &lt;csv&gt;... [--kind auto|manual|editactions|critical]
  export &lt;db&gt; --format csv|transactions|json --out P [--kind K] [--items actions|information]
  list &lt;db&gt; [--type T] [--framework F] [--reproduced yes|no] [--annotator A] [--disagreement] [--json]
  annotate &lt;db&gt; &lt;bug&gt; --annotator A [--type T] [--actions ...] [--info ...] [--time M] [--outcome O] [--notes N]
  prefill &lt;db&gt; &lt;bug&gt; &lt;workspace-dir&gt; --annotator A
  settle &lt;db&gt; &lt;bug&gt; --by A [--from ANNOTATOR] [label options]
Each subcommand has --help.
</source>
        <translation>Aufruf: dlrepro-cli project &lt;Unterbefehl&gt; &lt;db&gt; ...
Eine Forschungsprojekt-Datenbank (SQLite) mit Fehlern, Reproduktionen und Annotationen.
  init &lt;db&gt;                                   ein leeres Projekt anlegen
  import &lt;db&gt; &lt;csv&gt;... [--kind auto|manual|editactions|critical]
  export &lt;db&gt; --format csv|transactions|json --out P [--kind K] [--items actions|information]
  list &lt;db&gt; [--type T] [--framework F] [--reproduced yes|no] [--annotator A] [--disagreement] [--json]
  annotate &lt;db&gt; &lt;bug&gt; --annotator A [--type T] [--actions ...] [--info ...] [--time M] [--outcome O] [--notes N]
  prefill &lt;db&gt; &lt;bug&gt; &lt;workspace-dir&gt; --annotator A
  settle &lt;db&gt; &lt;bug&gt; --by A [--from ANNOTATOR] [label options]
Jeder Unterbefehl hat --help.
</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s) (see --help)</source>
        <translation>
            <numerusform>%n Argument erwartet (siehe --help)</numerusform>
            <numerusform>%n Argumente erwartet (siehe --help)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: ungültiges JSON an Position %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>Create a study database from a design file (docs/user-study.md).</source>
        <translation>Eine Studiendatenbank aus einer Designdatei anlegen (docs/user-study.md).</translation>
    </message>
    <message>
        <source>The new study database (SQLite file).</source>
        <translation>Die neue Studiendatenbank (SQLite-Datei).</translation>
    </message>
    <message>
        <source>The design JSON.</source>
        <translation>Das Design-JSON.</translation>
    </message>
    <message>
        <source>--design is required</source>
        <translation>--design ist erforderlich</translation>
    </message>
    <message>
        <source>Created study &apos;%1&apos;: %2 bugs, %3 sets, seed %4, design %5</source>
        <translation>Studie &apos;%1&apos; angelegt: %2 Fehler, %3 Sets, Seed %4, Design %5</translation>
    </message>
    <message>
        <source>Enrol a participant from their demographics (Appendix B, Q1-Q5) and print their id, group and set.
The answers JSON: {&quot;dlExperience&quot;: &quot;1-5&quot;, &quot;bugFixExperience&quot;: &quot;&lt;1&quot;, &quot;occupation&quot;: &quot;researcher&quot;,
 &quot;frameworks&quot;: [&quot;pytorch&quot;], &quot;challenges&quot;: &quot;...&quot;}</source>
        <translation>Einen Teilnehmer anhand seiner demografischen Angaben aufnehmen (Anhang B, F1–F5) und seine ID, Gruppe und sein Set ausgeben.
Das Antwort-JSON: {&quot;dlExperience&quot;: &quot;1-5&quot;, &quot;bugFixExperience&quot;: &quot;&lt;1&quot;, &quot;occupation&quot;: &quot;researcher&quot;,
 &quot;frameworks&quot;: [&quot;pytorch&quot;], &quot;challenges&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>The study database.</source>
        <translation>Die Studiendatenbank.</translation>
    </message>
    <message>
        <source>The demographics JSON.</source>
        <translation>Das JSON mit den demografischen Angaben.</translation>
    </message>
    <message>
        <source>--answers is required</source>
        <translation>--answers ist erforderlich</translation>
    </message>
    <message>
        <source>Withdraw a participant: their demographics, answers and events are deleted.</source>
        <translation>Einen Teilnehmer zurückziehen: seine demografischen Angaben, Antworten und Ereignisse werden gelöscht.</translation>
    </message>
    <message>
        <source>The participant&apos;s id (P-...).</source>
        <translation>Die ID des Teilnehmers (P-...).</translation>
    </message>
    <message>
        <source>Withdrew %1; their data was deleted.</source>
        <translation>%1 zurückgezogen; seine Daten wurden gelöscht.</translation>
    </message>
    <message>
        <source>Write a participant&apos;s session (assignment, demographics, every event) to a JSON file, to merge on another machine.</source>
        <translation>Die Sitzung eines Teilnehmers (Zuordnung, demografische Angaben, jedes Ereignis) in eine JSON-Datei schreiben, um sie auf einem anderen Rechner zusammenzuführen.</translation>
    </message>
    <message>
        <source>The participant&apos;s id.</source>
        <translation>Die ID des Teilnehmers.</translation>
    </message>
    <message>
        <source>The JSON file to write (&apos;-&apos;: standard output).</source>
        <translation>Die zu schreibende JSON-Datei (&apos;-&apos;: Standardausgabe).</translation>
    </message>
    <message>
        <source>Merge an exported session into the study. Merging again adds nothing twice.</source>
        <translation>Eine exportierte Sitzung in die Studie zusammenführen. Erneutes Zusammenführen fügt nichts doppelt hinzu.</translation>
    </message>
    <message>
        <source>The session JSON (from export-session).</source>
        <translation>Das Sitzungs-JSON (aus export-session).</translation>
    </message>
    <message>
        <source>%1: %2 events added, %3 already present%4</source>
        <translation>%1: %2 Ereignisse hinzugefügt, %3 bereits vorhanden%4</translation>
    </message>
    <message>
        <source> (participant added)</source>
        <translation> (Teilnehmer hinzugefügt)</translation>
    </message>
    <message>
        <source>Write all responses as CSV: one row per participant, columns as Appendix B numbers the questions.</source>
        <translation>Alle Antworten als CSV schreiben: eine Zeile je Teilnehmer, Spalten wie die Nummerierung der Fragen in Anhang B.</translation>
    </message>
    <message>
        <source>The CSV file (&apos;-&apos;: standard output).</source>
        <translation>Die CSV-Datei (&apos;-&apos;: Standardausgabe).</translation>
    </message>
    <message>
        <source>Analyse the study: % of bugs reproduced per set and group (Table 4.9), mean time and %
decrease (Table 4.10), a binomial GLM (Table 4.11), per-participant and per-bug details.</source>
        <translation>Die Studie auswerten: % der reproduzierten Fehler je Set und Gruppe (Tabelle 4.9), mittlere Zeit und %-
Abnahme (Tabelle 4.10), ein binomiales GLM (Tabelle 4.11), Details je Teilnehmer und je Fehler.</translation>
    </message>
    <message>
        <source>text (default), json, csv, markdown or latex.</source>
        <translation>text (Standard), json, csv, markdown oder latex.</translation>
    </message>
    <message>
        <source>Only one table: rates, time, glm, participants or bugs.</source>
        <translation>Nur eine Tabelle: rates, time, glm, participants oder bugs.</translation>
    </message>
    <message>
        <source>verified (the runner&apos;s verdict, default) or self-reported.</source>
        <translation>verified (das Urteil des Runners, Standard) oder self-reported.</translation>
    </message>
    <message>
        <source>The GLM, e.g. &apos;BugReproduced ~ Hints + DLExp + Field + C(DLBugFixExp)&apos; (the default,
with every DLBugFixExp level kept as the thesis did). Variables: Hints, DLExp, Field, DLBugFixExp, Difficulty, Set, Bug.</source>
        <translation>Das GLM, z. B. &apos;BugReproduced ~ Hints + DLExp + Field + C(DLBugFixExp)&apos; (der Standard,
mit allen Stufen von DLBugFixExp beibehalten wie in der Thesis). Variablen: Hints, DLExp, Field, DLBugFixExp, Difficulty, Set, Bug.</translation>
    </message>
    <message>
        <source>Drop the first level of each C(...) term (default: keep all, as the thesis).</source>
        <translation>Die erste Stufe jedes C(...)-Terms weglassen (Standard: alle behalten, wie in der Thesis).</translation>
    </message>
    <message>
        <source>Write success.svg and time.svg into this folder.</source>
        <translation>success.svg und time.svg in diesen Ordner schreiben.</translation>
    </message>
    <message>
        <source>--format must be text, json, csv, markdown or latex, not &apos;%1&apos;</source>
        <translation>--format muss text, json, csv, markdown oder latex sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--success must be verified or self-reported, not &apos;%1&apos;</source>
        <translation>--success muss verified oder self-reported sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--table must be one of %1, not &apos;%2&apos;</source>
        <translation>--table muss einer der Werte %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>GLM (binomial, logit link) of %1 on %2.</source>
        <translation>GLM (binomial, Logit-Link) von %1 auf %2.</translation>
    </message>
    <message>
        <source>GLM: not fitted: %1</source>
        <translation>GLM: nicht angepasst: %1</translation>
    </message>
    <message>
        <source>Aliased (collinear) columns: %1; the estimates are the minimum-norm solution, as statsmodels gives.</source>
        <translation>Aliasierte (kollineare) Spalten: %1; die Schätzwerte sind die Lösung minimaler Norm, wie statsmodels sie liefert.</translation>
    </message>
    <message>
        <source>Usage: dlrepro-cli study &lt;command&gt; ...

  create &lt;db&gt; --design design.json     create a study database
  enrol &lt;db&gt; --answers answers.json    enrol a participant (prints id, group, set)
  withdraw &lt;db&gt; &lt;participant&gt;          delete a participant&apos;s data
  analyse &lt;db&gt; [--format text|json|csv|markdown|latex] [--plots dir]
  export-session &lt;db&gt; &lt;participant&gt; --out f.json
  merge &lt;db&gt; f.json                    merge an exported session (idempotent)
  responses &lt;db&gt; --out responses.csv   all answers, one row per participant

Each command has --help. The study window: dlrepro --study &lt;db&gt;.
</source>
        <translation>Aufruf: dlrepro-cli study &lt;Befehl&gt; ...

  create &lt;db&gt; --design design.json     eine Studiendatenbank anlegen
  enrol &lt;db&gt; --answers answers.json    einen Teilnehmer aufnehmen (gibt ID, Gruppe, Set aus)
  withdraw &lt;db&gt; &lt;participant&gt;          die Daten eines Teilnehmers löschen
  analyse &lt;db&gt; [--format text|json|csv|markdown|latex] [--plots dir]
  export-session &lt;db&gt; &lt;participant&gt; --out f.json
  merge &lt;db&gt; f.json                    eine exportierte Sitzung zusammenführen (idempotent)
  responses &lt;db&gt; --out responses.csv   alle Antworten, eine Zeile je Teilnehmer

Jeder Befehl hat --help. Das Studienfenster: dlrepro --study &lt;db&gt;.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Create a reproduction workspace (a git repository) from a bug report: report.json, the
original snippet, main.py (the snippet assembled from the report) and requirements.txt,
in a first commit. DIR must not exist or be empty.</source>
        <translation>Einen Reproduktions-Arbeitsbereich (ein git-Repository) aus einem Fehlerbericht anlegen: report.json, den
ursprünglichen Code-Ausschnitt, main.py (der aus dem Bericht zusammengesetzte Ausschnitt) und requirements.txt,
in einem ersten Commit. DIR darf nicht existieren oder muss leer sein.</translation>
    </message>
    <message>
        <source>The new workspace folder.</source>
        <translation>Der neue Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>Created workspace %1 for %2</source>
        <translation>Arbeitsbereich %1 für %2 angelegt</translation>
    </message>
    <message>
        <source>Apply one edit action (thesis Table 4.5) to main.py and commit it: D input data, N network,
H hyperparameters, R imports, L logging, O obsolete parameters, C compiler errors,
P dataset, M models, V version migration. Uncommitted manual edits are committed first.
Exit status: 0 applied, 1 the action had nothing to do, 2 bad input.</source>
        <translation>Eine Bearbeitungsaktion (Tabelle 4.5 der Thesis) auf main.py anwenden und committen: D Eingabedaten, N Netz,
H Hyperparameter, R Imports, L Protokollierung, O veraltete Parameter, C Compilerfehler,
P Datensatz, M Modelle, V Versionsmigration. Nicht committete manuelle Änderungen werden zuerst committet.
Rückgabewert: 0 angewendet, 1 die Aktion hatte nichts zu tun, 2 ungültige Eingabe.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>Der Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Show the diff; change and commit nothing.</source>
        <translation>Den Diff zeigen; nichts ändern und nichts committen.</translation>
    </message>
    <message>
        <source>Commit the manual edits of the workspace. Exit status 1 when there is nothing to commit.</source>
        <translation>Die manuellen Änderungen des Arbeitsbereichs committen. Rückgabewert 1, wenn es nichts zu committen gibt.</translation>
    </message>
    <message>
        <source>The commit message.</source>
        <translation>Die Commit-Nachricht.</translation>
    </message>
    <message>
        <source>nothing to commit</source>
        <translation>nichts zu committen</translation>
    </message>
    <message>
        <source>Run main.py over several seeds, decide whether it reproduces the reported bug (as `verify`
does) and commit runs/&lt;timestamp&gt;-&lt;seed&gt;.json and verdict.json. Manual edits are
committed first. What should happen comes from the report unless --expect-error or
--expect-metric is given.
Exit status: 0 reproduced, 1 not reproduced, intermittent or inconclusive, 2 bad input.</source>
        <translation>main.py mit mehreren Seeds ausführen, entscheiden, ob es den gemeldeten Fehler reproduziert (wie `verify`),
und runs/&lt;Zeitstempel&gt;-&lt;Seed&gt;.json sowie verdict.json committen. Manuelle Änderungen werden
zuerst committet. Was passieren soll, kommt aus dem Bericht, sofern nicht --expect-error oder
--expect-metric angegeben ist.
Rückgabewert: 0 reproduziert, 1 nicht reproduziert, sporadisch oder nicht entscheidbar, 2 ungültige Eingabe.</translation>
    </message>
    <message>
        <source>Print the verdict as JSON (docs/verdict-schema.md) with the commit.</source>
        <translation>Das Urteil als JSON (docs/verdict-schema.md) mit dem Commit ausgeben.</translation>
    </message>
    <message>
        <source>Committed manual edits first: %1</source>
        <translation>Zuerst manuelle Änderungen committet: %1</translation>
    </message>
    <message>
        <source>The history of the current branch, newest first: each commit with its edit action and verdict.</source>
        <translation>Die Historie des aktuellen Branches, neueste zuerst: jeder Commit mit seiner Bearbeitungsaktion und seinem Urteil.</translation>
    </message>
    <message>
        <source>Print the history as JSON.</source>
        <translation>Die Historie als JSON ausgeben.</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <source>What a commit changed (default: the last one), as a unified diff.</source>
        <translation>Was ein Commit geändert hat (Standard: der letzte), als Unified Diff.</translation>
    </message>
    <message>
        <source>The commit (default HEAD).</source>
        <translation>Der Commit (Standard HEAD).</translation>
    </message>
    <message>
        <source>Only the files and their added/removed lines.</source>
        <translation>Nur die Dateien und ihre hinzugefügten/entfernten Zeilen.</translation>
    </message>
    <message>
        <source>Print the diff as JSON.</source>
        <translation>Den Diff als JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1 files, +%2 -%3</source>
        <translation>%1 Dateien, +%2 -%3</translation>
    </message>
    <message>
        <source>Undo one commit (an edit action, a checkpoint) with a new revert commit. Refuses a workspace
with uncommitted changes and a revert that conflicts with later changes.</source>
        <translation>Einen Commit (eine Bearbeitungsaktion, einen Checkpoint) mit einem neuen Revert-Commit rückgängig machen. Verweigert einen Arbeitsbereich
mit nicht committeten Änderungen und einen Revert, der mit späteren Änderungen in Konflikt steht.</translation>
    </message>
    <message>
        <source>The commit to undo.</source>
        <translation>Der rückgängig zu machende Commit.</translation>
    </message>
    <message>
        <source>Without a name: list the branches (* marks the current one). With a name: switch to that
branch, creating it at the current commit when it does not exist, to try another path.</source>
        <translation>Ohne Namen: die Branches auflisten (* markiert den aktuellen). Mit Namen: zu diesem
Branch wechseln und ihn beim aktuellen Commit anlegen, wenn er nicht existiert, um einen anderen Weg zu probieren.</translation>
    </message>
    <message>
        <source>The branch.</source>
        <translation>Der Branch.</translation>
    </message>
    <message>
        <source>Switched to branch &apos;%1&apos;</source>
        <translation>Zu Branch &apos;%1&apos; gewechselt</translation>
    </message>
    <message>
        <source>Created and switched to branch &apos;%1&apos;</source>
        <translation>Branch &apos;%1&apos; angelegt und dorthin gewechselt</translation>
    </message>
    <message>
        <source>Compare the verdicts recorded at two commits.</source>
        <translation>Die bei zwei Commits erfassten Urteile vergleichen.</translation>
    </message>
    <message>
        <source>The first commit.</source>
        <translation>Der erste Commit.</translation>
    </message>
    <message>
        <source>The second commit.</source>
        <translation>Der zweite Commit.</translation>
    </message>
    <message>
        <source>Print both verdicts as JSON.</source>
        <translation>Beide Urteile als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The reproduction&apos;s transaction derived from the history (bug type, information present,
edit actions used and not reverted, time spent, verdict), written to transaction.json
and committed when it changed.</source>
        <translation>Die aus der Historie abgeleitete Transaktion der Reproduktion (Fehlerart, vorhandene Informationen,
verwendete und nicht zurückgenommene Bearbeitungsaktionen, benötigte Zeit, Urteil), in transaction.json geschrieben
und committet, wenn sie sich geändert hat.</translation>
    </message>
    <message>
        <source>Print transaction.json.</source>
        <translation>transaction.json ausgeben.</translation>
    </message>
    <message>
        <source>Derive it without writing or committing.</source>
        <translation>Ableiten, ohne zu schreiben oder zu committen.</translation>
    </message>
    <message>
        <source>Bug type:      %1</source>
        <translation>Fehlerart:     %1</translation>
    </message>
    <message>
        <source>Information:   %1</source>
        <translation>Informationen: %1</translation>
    </message>
    <message>
        <source>Edit actions:  %1</source>
        <translation>Bearbeitungen: %1</translation>
    </message>
    <message>
        <source>Time spent:    %1 min</source>
        <translation>Zeitaufwand:   %1 min</translation>
    </message>
    <message>
        <source>Verdict:       %1</source>
        <translation>Urteil:        %1</translation>
    </message>
    <message>
        <source>Usage: dlrepro-cli workspace &lt;subcommand&gt; [options]
A reproduction kept as a git repository: every edit action and verification is a commit.

Subcommands:
  new &lt;report&gt; &lt;dir&gt;            create a workspace from a bug report
  apply &lt;dir&gt; --action X        apply an edit action and commit it (--dry-run: diff only)
  checkpoint &lt;dir&gt; [-m msg]     commit manual edits
  verify &lt;dir&gt; [run options]    run main.py over seeds and commit runs and verdict
  log &lt;dir&gt; [--json]            the history with actions and verdicts
  diff &lt;dir&gt; [&lt;sha&gt;]            what a commit changed
  revert &lt;dir&gt; &lt;sha&gt;            undo a commit with a revert commit
  branch &lt;dir&gt; [&lt;name&gt;]         list branches, or switch to (creating) one
  compare &lt;dir&gt; &lt;sha&gt; &lt;sha&gt;     compare the verdicts of two commits
  transaction &lt;dir&gt; [--json]    the reproduction transaction derived from the history
  clone &lt;url&gt; --commit &lt;sha&gt; &lt;dir&gt;   a GitHub project at its buggy commit
  export &lt;dir&gt; --format F --out P    replication-package layout or notebook
  import &lt;package&gt; &lt;dir&gt;        a replication-package bug, notebook or bug folder
Each subcommand has --help. Exit status: 0 success, 1 a negative result, 2 bad input.
</source>
        <translation>Aufruf: dlrepro-cli workspace &lt;Unterbefehl&gt; [Optionen]
Eine Reproduktion, als git-Repository geführt: jede Bearbeitungsaktion und jede Prüfung ist ein Commit.

Unterbefehle:
  new &lt;report&gt; &lt;dir&gt;            einen Arbeitsbereich aus einem Fehlerbericht anlegen
  apply &lt;dir&gt; --action X        eine Bearbeitungsaktion anwenden und committen (--dry-run: nur Diff)
  checkpoint &lt;dir&gt; [-m msg]     manuelle Änderungen committen
  verify &lt;dir&gt; [run options]    main.py mit Seeds ausführen und Läufe sowie Urteil committen
  log &lt;dir&gt; [--json]            die Historie mit Aktionen und Urteilen
  diff &lt;dir&gt; [&lt;sha&gt;]            was ein Commit geändert hat
  revert &lt;dir&gt; &lt;sha&gt;            einen Commit mit einem Revert-Commit rückgängig machen
  branch &lt;dir&gt; [&lt;name&gt;]         Branches auflisten oder zu einem wechseln (und ihn anlegen)
  compare &lt;dir&gt; &lt;sha&gt; &lt;sha&gt;     die Urteile zweier Commits vergleichen
  transaction &lt;dir&gt; [--json]    die aus der Historie abgeleitete Reproduktions-Transaktion
  clone &lt;url&gt; --commit &lt;sha&gt; &lt;dir&gt;   ein GitHub-Projekt bei seinem fehlerhaften Commit
  export &lt;dir&gt; --format F --out P    Layout des Replikationspakets oder Notebook
  import &lt;package&gt; &lt;dir&gt;        ein Fehler aus einem Replikationspaket, ein Notebook oder ein Fehlerordner
Jeder Unterbefehl hat --help. Rückgabewert: 0 Erfolg, 1 ein negatives Ergebnis, 2 ungültige Eingabe.
</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (see dlrepro-cli workspace --help)</source>
        <translation>unbekannter Unterbefehl &apos;%1&apos; (siehe dlrepro-cli workspace --help)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Clone a project at its buggy commit into a new workspace: &lt;dir&gt;/project is the clone (HEAD
detached at the commit), main.py runs its entry script from there. The url and commit may
come from a report that names them (github.com/o/r/commit/&lt;sha&gt;, &quot;commit abc1234&quot;).
Private repositories: GIT_TOKEN or GITHUB_TOKEN for https, an SSH agent for ssh.
Then: dlrepro-cli workspace verify &lt;dir&gt; runs it with seeds.
Exit status: 0 cloned, 2 bad input (clone failed, no such commit, folder not empty).</source>
        <translation>Ein Projekt bei seinem fehlerhaften Commit in einen neuen Arbeitsbereich klonen: &lt;dir&gt;/project ist der Klon (HEAD
beim Commit abgekoppelt), main.py führt von dort sein Einstiegsskript aus. URL und Commit können
aus einem Bericht stammen, der sie nennt (github.com/o/r/commit/&lt;sha&gt;, &quot;commit abc1234&quot;).
Private Repositorys: GIT_TOKEN oder GITHUB_TOKEN für https, ein SSH-Agent für ssh.
Danach: dlrepro-cli workspace verify &lt;dir&gt; führt es mit Seeds aus.
Rückgabewert: 0 geklont, 2 ungültige Eingabe (Klonen fehlgeschlagen, Commit nicht vorhanden, Ordner nicht leer).</translation>
    </message>
    <message>
        <source>The repository (https, ssh, file:// or a path); optional with --report.</source>
        <translation>Das Repository (https, ssh, file:// oder ein Pfad); optional mit --report.</translation>
    </message>
    <message>
        <source>The new workspace&apos;s folder (new or empty).</source>
        <translation>Der Ordner des neuen Arbeitsbereichs (neu oder leer).</translation>
    </message>
    <message>
        <source>The buggy commit (sha, abbreviated sha or any revision).</source>
        <translation>Der fehlerhafte Commit (SHA, abgekürzter SHA oder eine beliebige Revision).</translation>
    </message>
    <message>
        <source>The entry script, relative to the project (default: the best candidate).</source>
        <translation>Das Einstiegsskript, relativ zum Projekt (Standard: der beste Kandidat).</translation>
    </message>
    <message>
        <source>The entry script&apos;s arguments, as one shell-quoted string.</source>
        <translation>Die Argumente des Einstiegsskripts, als eine Zeichenkette mit Shell-Quoting.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>Kein Fortschritt auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>expected &lt;url&gt; &lt;dir&gt; (or &lt;dir&gt; with --report; see --help)</source>
        <translation>&lt;url&gt; &lt;dir&gt; erwartet (oder &lt;dir&gt; mit --report; siehe --help)</translation>
    </message>
    <message>
        <source>cloning: %1% (%2 of %3 objects, %4 KiB)</source>
        <translation>Klonen: %1% (%2 von %3 Objekten, %4 KiB)</translation>
    </message>
    <message>
        <source>Entry scripts found:</source>
        <translation>Gefundene Einstiegsskripte:</translation>
    </message>
    <message>
        <source>Cloned %1 at %2 (%3) into %4</source>
        <translation>%1 bei %2 (%3) nach %4 geklont</translation>
    </message>
    <message>
        <source>Entry script: %1</source>
        <translation>Einstiegsskript: %1</translation>
    </message>
    <message>
        <source>Other candidates (choose with --entry):</source>
        <translation>Weitere Kandidaten (mit --entry wählen):</translation>
    </message>
    <message>
        <source>Workspace: %1 — run it with: dlrepro-cli workspace verify %1</source>
        <translation>Arbeitsbereich: %1 — ausführen mit: dlrepro-cli workspace verify %1</translation>
    </message>
    <message>
        <source>Export a workspace as of its last commit: --format replication writes
&lt;out&gt;/Bugs/&lt;id&gt;/{main.py, original_code_snippet.py, requirements.txt, output.txt} (output.txt:
the last verification&apos;s output); --format notebook writes a Jupyter notebook (nbformat 4:
the report, the requirements and their install, the code with its output, the verdict).
Exit status: 0 written, 2 bad input (not a workspace, target exists, bad format).</source>
        <translation>Einen Arbeitsbereich im Stand seines letzten Commits exportieren: --format replication schreibt
&lt;out&gt;/Bugs/&lt;id&gt;/{main.py, original_code_snippet.py, requirements.txt, output.txt} (output.txt:
die Ausgabe der letzten Prüfung); --format notebook schreibt ein Jupyter-Notebook (nbformat 4:
der Bericht, die Anforderungen und ihre Installation, der Code mit seiner Ausgabe, das Urteil).
Rückgabewert: 0 geschrieben, 2 ungültige Eingabe (kein Arbeitsbereich, Ziel existiert, ungültiges Format).</translation>
    </message>
    <message>
        <source>replication or notebook.</source>
        <translation>replication oder notebook.</translation>
    </message>
    <message>
        <source>replication: the package root (Bugs/ goes inside); notebook: the .ipynb file.</source>
        <translation>replication: das Wurzelverzeichnis des Pakets (Bugs/ kommt hinein); notebook: die .ipynb-Datei.</translation>
    </message>
    <message>
        <source>The bug&apos;s folder name under Bugs/ (default: from the report id).</source>
        <translation>Der Ordnername des Fehlers unter Bugs/ (Standard: aus der ID des Berichts).</translation>
    </message>
    <message>
        <source>Replace an existing export.</source>
        <translation>Einen vorhandenen Export ersetzen.</translation>
    </message>
    <message>
        <source>expected exactly one workspace folder (see --help)</source>
        <translation>genau ein Arbeitsbereichsordner erwartet (siehe --help)</translation>
    </message>
    <message>
        <source>--format must be replication or notebook (got &apos;%1&apos;)</source>
        <translation>--format muss replication oder notebook sein (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--id applies to --format replication</source>
        <translation>--id gilt für --format replication</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>Create a workspace from a package: a replication-package bug folder (Bugs/&lt;id&gt;/ with main.py,
original_code_snippet.py, requirements.txt, output.txt; with --csv its row of
Dataset_Manual_Reproduction.csv), a Jupyter notebook (.ipynb), or an AIFaultBench-style bug
folder (a report file, repro.py, requirements, a clone/checkout script).
Exit status: 0 imported, 2 bad input (not a package, invalid notebook, folder not empty).</source>
        <translation>Einen Arbeitsbereich aus einem Paket anlegen: einem Fehlerordner eines Replikationspakets (Bugs/&lt;id&gt;/ mit main.py,
original_code_snippet.py, requirements.txt, output.txt; mit --csv seine Zeile aus
Dataset_Manual_Reproduction.csv), einem Jupyter-Notebook (.ipynb) oder einem Fehlerordner im AIFaultBench-Stil
(eine Berichtsdatei, repro.py, Anforderungen, ein Clone-/Checkout-Skript).
Rückgabewert: 0 importiert, 2 ungültige Eingabe (kein Paket, ungültiges Notebook, Ordner nicht leer).</translation>
    </message>
    <message>
        <source>The package: a folder or a .ipynb file.</source>
        <translation>Das Paket: ein Ordner oder eine .ipynb-Datei.</translation>
    </message>
    <message>
        <source>The replication CSV that has the bug&apos;s row.</source>
        <translation>Die Replikations-CSV mit der Zeile des Fehlers.</translation>
    </message>
    <message>
        <source>expected &lt;path&gt; &lt;dir&gt; (see --help)</source>
        <translation>&lt;path&gt; &lt;dir&gt; erwartet (siehe --help)</translation>
    </message>
    <message>
        <source>Imported the %1 package into %2</source>
        <translation>Das %1-Paket nach %2 importiert</translation>
    </message>
    <message>
        <source>It names the project %1 at %2: dlrepro-cli workspace clone %1 --commit %2 &lt;dir&gt;</source>
        <translation>Es nennt das Projekt %1 bei %2: dlrepro-cli workspace clone %1 --commit %2 &lt;dir&gt;</translation>
    </message>
    <message>
        <source>Keep a reproduction in a git workspace: new, apply, verify, log, diff, revert, export, clone</source>
        <translation>Eine Reproduktion in einem git-Arbeitsbereich führen: new, apply, verify, log, diff, revert, export, clone</translation>
    </message>
    <message>
        <source>Create, import and export a research project database of annotated bugs</source>
        <translation>Eine Forschungsprojekt-Datenbank annotierter Fehler anlegen, importieren und exportieren</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa between two annotators&apos; edit-action labels</source>
        <translation>Cohens Kappa zwischen den Bearbeitungsaktions-Labels zweier Annotatoren</translation>
    </message>
    <message>
        <source>Fit a binomial GLM (logit link) to a CSV, as the study analysis did</source>
        <translation>Ein binomiales GLM (Logit-Link) an eine CSV anpassen, wie in der Auswertung der Studie</translation>
    </message>
    <message>
        <source>Design, run and analyse a user study</source>
        <translation>Eine Nutzerstudie entwerfen, durchführen und auswerten</translation>
    </message>
    <message>
        <source>Per-layer training statistics and data-bug symptoms of a run</source>
        <translation>Trainingsstatistiken je Schicht und Symptome von Datenfehlern eines Laufs</translation>
    </message>
    <message>
        <source>PyTorch: save per-layer weights, biases and gradients under --out (seed-N/dynamics; read them with `dlrepro-cli dynamics DIR`).</source>
        <translation>PyTorch: Gewichte, Biases und Gradienten je Schicht unter --out speichern (seed-N/dynamics; lesen mit `dlrepro-cli dynamics DIR`).</translation>
    </message>
    <message>
        <source>With --dynamics: every N optimizer steps (default 0: once per epoch when a DataLoader is iterated, else every 10).</source>
        <translation>Mit --dynamics: alle N Optimierer-Schritte (Standard 0: einmal je Epoche, wenn über einen DataLoader iteriert wird, sonst alle 10).</translation>
    </message>
    <message>
        <source>--dynamics-every needs --dynamics</source>
        <translation>--dynamics-every braucht --dynamics</translation>
    </message>
    <message>
        <source>--dynamics-every must be a number of steps &gt;= 0, not &apos;%1&apos;</source>
        <translation>--dynamics-every muss eine Anzahl Schritte &gt;= 0 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--dynamics needs --out DIR: the saved tensors are kept there</source>
        <translation>--dynamics braucht --out DIR: die gespeicherten Tensoren werden dort aufbewahrt</translation>
    </message>
    <message>
        <source>A training-dynamics symptom the reproduction must show (PyTorch; implies --dynamics): vanishing, exploding, dying, oscillating, slow; several separated by commas. Alone, it is the whole expectation.</source>
        <translation>Ein Symptom der Trainingsdynamik, das die Reproduktion zeigen muss (PyTorch; impliziert --dynamics): vanishing, exploding, dying, oscillating, slow; mehrere durch Kommas getrennt. Allein angegeben ist es die ganze Erwartung.</translation>
    </message>
    <message>
        <source>--expect-symptom: unknown symptom &apos;%1&apos; (vanishing, exploding, dying, oscillating or slow)</source>
        <translation>--expect-symptom: unbekanntes Symptom &apos;%1&apos; (vanishing, exploding, dying, oscillating oder slow)</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the training dynamics</source>
        <translation>für die Trainingsdynamik kann kein temporärer Ordner angelegt werden</translation>
    </message>
    <message>
        <source>--expect-symptom needs the tensor helper dlrepro-tensor next to dlrepro-cli (or named by $DLREPRO_TENSOR)</source>
        <translation>--expect-symptom braucht den Tensor-Helfer dlrepro-tensor neben dlrepro-cli (oder durch $DLREPRO_TENSOR angegeben)</translation>
    </message>
</context>
<context>
    <name>dlrepro::ActionChecklist</name>
    <message>
        <source>Generate input data the snippet can run on (random tensors, a tiny array).</source>
        <translation>Eingabedaten erzeugen, mit denen das Snippet läuft (Zufallstensoren, ein kleines Array).</translation>
    </message>
    <message>
        <source>Use the shapes the report gives: %1</source>
        <translation>Die Formen aus dem Bericht verwenden: %1</translation>
    </message>
    <message>
        <source>Use the data types the report gives: %1</source>
        <translation>Die Datentypen aus dem Bericht verwenden: %1</translation>
    </message>
    <message>
        <source>Match the value range and the labels&apos; form (classes, one-hot).</source>
        <translation>Wertebereich und Form der Labels angleichen (Klassen, One-Hot).</translation>
    </message>
    <message>
        <source>Define the model the report describes where the snippet leaves it out.</source>
        <translation>Das im Bericht beschriebene Modell definieren, wo das Snippet es auslässt.</translation>
    </message>
    <message>
        <source>Architecture named in the report: %1</source>
        <translation>Im Bericht genannte Architektur: %1</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>Schichten: %1</translation>
    </message>
    <message>
        <source>Set every hyperparameter the snippet uses but never defines.</source>
        <translation>Jeden Hyperparameter setzen, den das Snippet verwendet, aber nie definiert.</translation>
    </message>
    <message>
        <source>Values from the report: %1</source>
        <translation>Werte aus dem Bericht: %1</translation>
    </message>
    <message>
        <source>Add the imports the snippet needs (torch, torch.nn, numpy, …).</source>
        <translation>Die Importe ergänzen, die das Snippet braucht (torch, torch.nn, numpy, …).</translation>
    </message>
    <message>
        <source>Install missing packages in the chosen environment.</source>
        <translation>Fehlende Pakete in der gewählten Umgebung installieren.</translation>
    </message>
    <message>
        <source>Print the values that show the bug: shapes before the failing call, the metric per epoch.</source>
        <translation>Die Werte ausgeben, die den Fehler zeigen: Formen vor dem fehlschlagenden Aufruf, die Metrik pro Epoche.</translation>
    </message>
    <message>
        <source>Report a metric with print(f&quot;accuracy={acc}&quot;) so that Verify can read it.</source>
        <translation>Eine Metrik mit print(f&quot;accuracy={acc}&quot;) ausgeben, damit „Prüfen“ sie lesen kann.</translation>
    </message>
    <message>
        <source>Remove or rename arguments the installed framework no longer accepts.</source>
        <translation>Argumente entfernen oder umbenennen, die das installierte Framework nicht mehr annimmt.</translation>
    </message>
    <message>
        <source>Fix syntax and name errors that keep the snippet from reaching the bug.</source>
        <translation>Syntax- und Namensfehler beheben, die das Snippet vom Fehler fernhalten.</translation>
    </message>
    <message>
        <source>Replace placeholders (…, &lt;your data&gt;) with real values.</source>
        <translation>Platzhalter (…, &lt;your data&gt;) durch echte Werte ersetzen.</translation>
    </message>
    <message>
        <source>Get the dataset the report uses, or a small stand-in of the same form.</source>
        <translation>Den Datensatz des Berichts beschaffen oder einen kleinen Ersatz derselben Form.</translation>
    </message>
    <message>
        <source>Get the dataset the report uses: %1</source>
        <translation>Den Datensatz des Berichts beschaffen: %1</translation>
    </message>
    <message>
        <source>Download the pretrained model or tokenizer the snippet loads (name and version).</source>
        <translation>Das vortrainierte Modell oder den Tokenizer herunterladen, den das Snippet lädt (Name und Version).</translation>
    </message>
    <message>
        <source>Move the snippet to the installed framework version (renamed APIs, changed defaults).</source>
        <translation>Das Snippet auf die installierte Framework-Version umstellen (umbenannte APIs, geänderte Vorgaben).</translation>
    </message>
    <message>
        <source>Versions in the report: %1</source>
        <translation>Versionen im Bericht: %1</translation>
    </message>
    <message>
        <source>TODO %1:</source>
        <translation>TODO %1:</translation>
    </message>
</context>
<context>
    <name>dlrepro::AgreementPanel</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Annotators:</source>
        <translation>Annotatoren:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Choose two annotators to compare.</source>
        <translation>Wählen Sie zwei Annotatoren zum Vergleichen.</translation>
    </message>
    <message>
        <source>No bug has been labelled by both %1 and %2 yet.</source>
        <translation>Noch kein Fehler wurde sowohl von %1 als auch von %2 gelabelt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mean κ over %1 bugs: %2&lt;/b&gt; &amp;nbsp; pooled κ: %3&lt;br&gt;%4 bug(s) where neither marked anything differently and each marked a single value throughout count as κ = 1.</source>
        <translation>&lt;b&gt;Mittleres κ über %1 Fehler: %2&lt;/b&gt; &amp;nbsp; gepooltes κ: %3&lt;br&gt;%4 Fehler, bei denen keiner etwas anders markiert hat und jeder durchgehend einen einzigen Wert markiert hat, zählen als κ = 1.</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>LaTeX</source>
        <translation>LaTeX</translation>
    </message>
    <message>
        <source>Export agreement</source>
        <translation>Übereinstimmung exportieren</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dlrepro::AnnotationForm</name>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Accept the pre-filled values as your label</source>
        <translation>Die vorausgefüllten Werte als Ihr Label übernehmen</translation>
    </message>
    <message>
        <source>Bug</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Sub-fault:</source>
        <translation>&amp;Teilfehler:</translation>
    </message>
    <message>
        <source>Information in the report</source>
        <translation>Informationen im Bericht</translation>
    </message>
    <message>
        <source>Edit actions used</source>
        <translation>Verwendete Bearbeitungsaktionen</translation>
    </message>
    <message>
        <source>Reproduction</source>
        <translation>Reproduktion</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Reproduced</source>
        <translation>Reproduziert</translation>
    </message>
    <message>
        <source>Not reproduced</source>
        <translation>Nicht reproduziert</translation>
    </message>
    <message>
        <source>Why these labels, what was hard…</source>
        <translation>Warum diese Labels, was war schwierig…</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a bug in the table.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen Fehler in der Tabelle.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The workspace could not pre-fill this form: %1</source>
        <translation>Der Arbeitsbereich konnte dieses Formular nicht vorausfüllen: %1</translation>
    </message>
    <message>
        <source>Pre-filled from the workspace %1: confirm or correct.</source>
        <translation>Aus dem Arbeitsbereich %1 vorausgefüllt: bestätigen oder korrigieren.</translation>
    </message>
    <message>
        <source>Cannot save the label</source>
        <translation>Das Label kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Open a project to annotate its bugs.</source>
        <translation>Öffnen Sie ein Projekt, um seine Fehler zu annotieren.</translation>
    </message>
    <message>
        <source>Choose who you are (Annotator, in the tool bar) to label bugs.</source>
        <translation>Wählen Sie, wer Sie sind (Annotator, in der Werkzeugleiste), um Fehler zu labeln.</translation>
    </message>
    <message>
        <source>Your label, as %1. Every change is saved.</source>
        <translation>Ihr Label, als %1. Jede Änderung wird gespeichert.</translation>
    </message>
    <message>
        <source>Not labelled by %1 yet. Every change is saved.</source>
        <translation>Noch nicht von %1 gelabelt. Jede Änderung wird gespeichert.</translation>
    </message>
</context>
<context>
    <name>dlrepro::AnnotationWindow</name>
    <message>
        <source>dlrepro — Research project</source>
        <translation>dlrepro — Forschungsprojekt</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Reproduced or not</source>
        <translation>Reproduziert oder nicht</translation>
    </message>
    <message>
        <source>Reproduced</source>
        <translation>Reproduziert</translation>
    </message>
    <message>
        <source>Not reproduced</source>
        <translation>Nicht reproduziert</translation>
    </message>
    <message>
        <source>&amp;Disagreements only</source>
        <translation>&amp;Nur Uneinigkeiten</translation>
    </message>
    <message>
        <source>Search id, title, tags</source>
        <translation>ID, Titel, Tags durchsuchen</translation>
    </message>
    <message>
        <source>Cannot list the bugs</source>
        <translation>Die Fehler können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <source>Dis&amp;agreement</source>
        <translation>&amp;Uneinigkeit</translation>
    </message>
    <message>
        <source>A&amp;greement (κ)</source>
        <translation>Ü&amp;bereinstimmung (κ)</translation>
    </message>
    <message>
        <source>&amp;Rules &amp;&amp; tables</source>
        <translation>&amp;Regeln &amp;&amp; Tabellen</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Annotator: </source>
        <translation>Annotator: </translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import replication CSV…</source>
        <translation>Replikations-CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Export replication &amp;CSV files…</source>
        <translation>Replikations-&amp;CSV-Dateien exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Annotator</source>
        <translation>&amp;Annotator</translation>
    </message>
    <message>
        <source>&amp;Add annotator…</source>
        <translation>Annotator &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 — dlrepro research project</source>
        <translation>%1 — dlrepro-Forschungsprojekt</translation>
    </message>
    <message>
        <source>Any framework</source>
        <translation>Jedes Framework</translation>
    </message>
    <message>
        <source>Any annotator</source>
        <translation>Jeder Annotator</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(wählen)</translation>
    </message>
    <message>
        <source>Cannot add the annotator</source>
        <translation>Der Annotator kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Add annotator</source>
        <translation>Annotator hinzufügen</translation>
    </message>
    <message>
        <source>Name (as the labels will record it):</source>
        <translation>Name (wie ihn die Labels erfassen werden):</translation>
    </message>
    <message>
        <source>No project open (Project → Open project…).</source>
        <translation>Kein Projekt geöffnet (Projekt → Projekt öffnen…).</translation>
    </message>
    <message>
        <source>Filtering %1 bugs…</source>
        <translation>%1 Fehler werden gefiltert…</translation>
    </message>
    <message>
        <source>%1 of %2 bugs match.</source>
        <translation>%1 von %2 Fehlern passen.</translation>
    </message>
    <message>
        <source>Open research project</source>
        <translation>Forschungsprojekt öffnen</translation>
    </message>
    <message>
        <source>dlrepro projects (*.dlrproject *.sqlite *.db);;All files (*)</source>
        <translation>dlrepro-Projekte (*.dlrproject *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New research project</source>
        <translation>Neues Forschungsprojekt</translation>
    </message>
    <message>
        <source>dlrepro projects (*.dlrproject)</source>
        <translation>dlrepro-Projekte (*.dlrproject)</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Import replication CSV files</source>
        <translation>Replikations-CSV-Dateien importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>%n Zeile importiert.</numerusform>
            <numerusform>%n Zeilen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the replication CSV files into</source>
        <translation>Die Replikations-CSV-Dateien exportieren nach</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s).</source>
        <translation>
            <numerusform>%n Datei geschrieben.</numerusform>
            <numerusform>%n Dateien geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the project as JSON</source>
        <translation>Das Projekt als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Use these rules for the workbench&apos;s &amp;hints</source>
        <translation>Diese Regeln für die &amp;Hinweise der Werkbank verwenden</translation>
    </message>
    <message>
        <source>No rules to use</source>
        <translation>Keine Regeln zum Verwenden</translation>
    </message>
    <message>
        <source>%1 has no labelled bugs yet.</source>
        <translation>%1 hat noch keine gelabelten Fehler.</translation>
    </message>
    <message numerus="yes">
        <source>The workbench&apos;s hints now use the rules mined from %n bug(s) of this project</source>
        <translation>
            <numerusform>Die Hinweise der Werkbank verwenden jetzt die Regeln, gewonnen aus %n Fehler dieses Projekts</numerusform>
            <numerusform>Die Hinweise der Werkbank verwenden jetzt die Regeln, gewonnen aus %n Fehlern dieses Projekts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dlrepro::BugTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>festgelegt</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>uneinig</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reproduced</source>
        <translation>Reproduziert</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>dlrepro::ClassificationPanel</name>
    <message>
        <source>Bug type</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <source>As classified</source>
        <translation>Wie klassifiziert</translation>
    </message>
    <message>
        <source>Override the bug type; the information table follows it</source>
        <translation>Fehlerart überschreiben; die Informationstabelle folgt ihr</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>Override:</source>
        <translation>Überschreiben:</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Kein Bericht</translation>
    </message>
    <message>
        <source>[set by you]</source>
        <translation>[von Ihnen gesetzt]</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>dlrepro::CloneDialog</name>
    <message>
        <source>Clone a Project at Its Buggy Commit</source>
        <translation>Ein Projekt bei seinem fehlerhaften Commit klonen</translation>
    </message>
    <message>
        <source>https://github.com/owner/repository</source>
        <translation>https://github.com/besitzer/repository</translation>
    </message>
    <message>
        <source>sha of the buggy commit (empty: the default branch)</source>
        <translation>SHA des fehlerhaften Commits (leer: der Standard-Branch)</translation>
    </message>
    <message>
        <source>a new or empty folder for the workspace</source>
        <translation>ein neuer oder leerer Ordner für den Arbeitsbereich</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>&amp;Commit:</source>
        <translation>&amp;Commit:</translation>
    </message>
    <message>
        <source>&amp;Workspace folder:</source>
        <translation>&amp;Arbeitsbereichsordner:</translation>
    </message>
    <message>
        <source>&amp;Entry script (what `python …` runs):</source>
        <translation>&amp;Einstiegsskript (was `python …` ausführt):</translation>
    </message>
    <message>
        <source>arguments, e.g. --epochs 1</source>
        <translation>Argumente, z. B. --epochs 1</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>Ar&amp;gumente:</translation>
    </message>
    <message>
        <source>C&amp;lone</source>
        <translation>K&amp;lonen</translation>
    </message>
    <message>
        <source>&amp;Open Workspace</source>
        <translation>Arbeitsbereich ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Found in the report: %1</source>
        <translation>Im Bericht gefunden: %1</translation>
    </message>
    <message>
        <source>Workspace Folder</source>
        <translation>Arbeitsbereichsordner</translation>
    </message>
    <message>
        <source>Cloning %1…</source>
        <translation>%1 wird geklont…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <source>Receiving objects: %1 of %2 (%3 KiB)</source>
        <translation>Objekte empfangen: %1 von %2 (%3 KiB)</translation>
    </message>
    <message>
        <source>Indexing objects: %1 of %2</source>
        <translation>Objekte indizieren: %1 von %2</translation>
    </message>
    <message>
        <source>Checking out files: %1 of %2</source>
        <translation>Dateien auschecken: %1 von %2</translation>
    </message>
    <message>
        <source>Cloned at %1 (%2). Pick the entry script and open the workspace.</source>
        <translation>Bei %1 (%2) geklont. Wählen Sie das Einstiegsskript und öffnen Sie den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Clone failed: %1</source>
        <translation>Klonen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancel Clone</source>
        <translation>Klonen abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>dlrepro::CodePane</name>
    <message>
        <source>Snippet</source>
        <translation>Snippet</translation>
    </message>
    <message>
        <source>Code blocks</source>
        <translation>Codeblöcke</translation>
    </message>
    <message>
        <source>Choose which of the report&apos;s code blocks make up the snippet</source>
        <translation>Wählen, welche Codeblöcke des Berichts das Snippet bilden</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find and replace (Ctrl+F, Ctrl+H)</source>
        <translation>Suchen und ersetzen (Strg+F, Strg+H)</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>(the report has no code blocks)</source>
        <translation>(der Bericht hat keine Codeblöcke)</translation>
    </message>
    <message>
        <source>Code blocks: %1 of %2</source>
        <translation>Codeblöcke: %1 von %2</translation>
    </message>
    <message>
        <source>⚠ line %1: %2</source>
        <translation>⚠ Zeile %1: %2</translation>
    </message>
    <message>
        <source>✓ syntax OK</source>
        <translation>✓ Syntax in Ordnung</translation>
    </message>
</context>
<context>
    <name>dlrepro::CommitDiffView</name>
    <message>
        <source>%1 %2 (binary)</source>
        <translation>%1 %2 (binär)</translation>
    </message>
    <message>
        <source>%1 %2 (+%3 −%4)</source>
        <translation>%1 %2 (+%3 −%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed, +%1 −%2</source>
        <translation>
            <numerusform>%n Datei geändert, +%1 −%2</numerusform>
            <numerusform>%n Dateien geändert, +%1 −%2</numerusform>
        </translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <source>Author: %1 &lt;%2&gt;</source>
        <translation>Autor: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Date:   %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>… (the patch is cut here; %1 characters in all)</source>
        <translation>… (der Patch ist hier abgeschnitten; insgesamt %1 Zeichen)</translation>
    </message>
    <message>
        <source>(this commit changes no file)</source>
        <translation>(dieser Commit ändert keine Datei)</translation>
    </message>
    <message>
        <source>Select a commit to see what it changed.</source>
        <translation>Wählen Sie einen Commit, um zu sehen, was er geändert hat.</translation>
    </message>
</context>
<context>
    <name>dlrepro::DiffPreviewDialog</name>
    <message>
        <source>Proposed change: %1</source>
        <translation>Vorgeschlagene Änderung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Current snippet (%n line(s) removed)</source>
        <translation>
            <numerusform>Aktuelles Snippet (%n Zeile entfernt)</numerusform>
            <numerusform>Aktuelles Snippet (%n Zeilen entfernt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposed (%n line(s) added)</source>
        <translation>
            <numerusform>Vorschlag (%n Zeile hinzugefügt)</numerusform>
            <numerusform>Vorschlag (%n Zeilen hinzugefügt)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accept change</source>
        <translation>Änderung &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Report facts used</source>
        <translation>Verwendete Fakten aus dem Bericht</translation>
    </message>
    <message>
        <source>Questions the report leaves open</source>
        <translation>Fragen, die der Bericht offenlässt</translation>
    </message>
    <message>
        <source>Extra files</source>
        <translation>Zusätzliche Dateien</translation>
    </message>
</context>
<context>
    <name>dlrepro::DisagreementView</name>
    <message>
        <source>Bug type</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <source>Sub-fault</source>
        <translation>Teilfehler</translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation>Information: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Aktion: %1</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>Zeit (min)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>reproduced</source>
        <translation>reproduziert</translation>
    </message>
    <message>
        <source>not reproduced</source>
        <translation>nicht reproduziert</translation>
    </message>
    <message>
        <source>&amp;Settle final label</source>
        <translation>Endgültiges Label &amp;festlegen</translation>
    </message>
    <message>
        <source>Store the Final column as the bug&apos;s label (click a side&apos;s cell to take its value)</source>
        <translation>Die Spalte „Endgültig“ als Label des Fehlers speichern (klicken Sie auf die Zelle einer Seite, um deren Wert zu übernehmen)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Remove the settled final label</source>
        <translation>Das festgelegte endgültige Label entfernen</translation>
    </message>
    <message>
        <source>Cannot reopen the label</source>
        <translation>Das Label kann nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot settle the label</source>
        <translation>Das Label kann nicht festgelegt werden</translation>
    </message>
    <message>
        <source>Final (settled)</source>
        <translation>Endgültig (festgelegt)</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endgültig</translation>
    </message>
    <message>
        <source>Click to take %1&apos;s value</source>
        <translation>Klicken, um den Wert von %1 zu übernehmen</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a bug in the table.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen Fehler in der Tabelle.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) to compare.</source>
        <translation>
            <numerusform>%n Label zum Vergleichen.</numerusform>
            <numerusform>%n Labels zum Vergleichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The labels agree.</source>
        <translation>Die Labels stimmen überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ (highlighted).</source>
        <translation>
            <numerusform>%n Feld unterscheidet sich (hervorgehoben).</numerusform>
            <numerusform>%n Felder unterscheiden sich (hervorgehoben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other label(s) hidden until you save yours (blind annotation).</source>
        <translation>
            <numerusform>%n weiteres Label ist verborgen, bis Sie Ihres speichern (blinde Annotation).</numerusform>
            <numerusform>%n weitere Labels sind verborgen, bis Sie Ihres speichern (blinde Annotation).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dlrepro::DynamicsHeatMap</name>
    <message>
        <source>Training dynamics heat map</source>
        <translation>Heatmap der Trainingsdynamik</translation>
    </message>
    <message>
        <source>No training dynamics</source>
        <translation>Keine Trainingsdynamik</translation>
    </message>
</context>
<context>
    <name>dlrepro::DynamicsLineChart</name>
    <message>
        <source>Layer statistic over steps</source>
        <translation>Schichtstatistik über die Schritte</translation>
    </message>
    <message>
        <source>No values to show</source>
        <translation>Keine Werte zum Anzeigen</translation>
    </message>
</context>
<context>
    <name>dlrepro::DynamicsView</name>
    <message>
        <source>Log scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <source>Property:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Statistic:</source>
        <translation>Statistik:</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Layer %1, step %2</source>
        <translation>Schicht %1, Schritt %2</translation>
    </message>
    <message>
        <source>No symptom found.</source>
        <translation>Kein Symptom gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s), %1 saved step(s) of %2 (%3).</source>
        <translation>
            <numerusform>%n Schicht, gespeicherte Schritte: %1 von %2 (%3).</numerusform>
            <numerusform>%n Schichten, gespeicherte Schritte: %1 von %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a PyTorch snippet with training dynamics on to see its layers here.</source>
        <translation>Führen Sie ein PyTorch-Snippet mit eingeschalteter Trainingsdynamik aus, um seine Schichten hier zu sehen.</translation>
    </message>
    <message>
        <source>Loss per step</source>
        <translation>Loss je Schritt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation>Schicht %1: %2</translation>
    </message>
</context>
<context>
    <name>dlrepro::EnvironmentPanel</name>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>No interpreter chosen yet.</source>
        <translation>Noch kein Interpreter gewählt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — not probed yet</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — noch nicht untersucht</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — cannot be used: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(Version unbekannt)</translation>
    </message>
    <message>
        <source>CUDA available</source>
        <translation>CUDA verfügbar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>cuDNN</source>
        <translation>cuDNN</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>%1, %2 GiB</source>
        <translation>%1, %2 GiB</translation>
    </message>
    <message>
        <source>The report uses %1 %2; it is not installed here.</source>
        <translation>Der Bericht verwendet %1 %2; hier ist es nicht installiert.</translation>
    </message>
    <message>
        <source>The report uses %1 %2; here it is %3.</source>
        <translation>Der Bericht verwendet %1 %2; hier ist es %3.</translation>
    </message>
    <message>
        <source>Version differences may change the outcome:</source>
        <translation>Versionsunterschiede können das Ergebnis ändern:</translation>
    </message>
</context>
<context>
    <name>dlrepro::FactModel</name>
    <message>
        <source>Evidence for: %1</source>
        <translation>Beleg für: %1</translation>
    </message>
    <message>
        <source>Environment (not an information category)</source>
        <translation>Umgebung (keine Informationskategorie)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>dlrepro::HintsPanel</name>
    <message>
        <source>Hints appear here once a report is open.</source>
        <translation>Hinweise erscheinen hier, sobald ein Bericht geöffnet ist.</translation>
    </message>
    <message>
        <source>Information that helps (top %1)</source>
        <translation>Hilfreiche Informationen (Top %1)</translation>
    </message>
    <message>
        <source>Missing. Ask: %1</source>
        <translation>Fehlt. Fragen Sie: %1</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Confidence below the %1 minimum: kept in the ranking, marked</source>
        <translation>Konfidenz unter dem Minimum von %1: in der Rangfolge behalten, markiert</translation>
    </message>
    <message>
        <source>Rule confidence</source>
        <translation>Konfidenz der Regel</translation>
    </message>
    <message>
        <source>Edit actions to try (top %1)</source>
        <translation>Bearbeitungsschritte zum Ausprobieren (Top %1)</translation>
    </message>
    <message>
        <source>Insert a checklist for “%1” into the snippet (preview first)</source>
        <translation>Eine Checkliste für „%1“ ins Snippet einfügen (mit Vorschau)</translation>
    </message>
    <message>
        <source>* below the %1 minimum confidence</source>
        <translation>* unter der Mindestkonfidenz von %1</translation>
    </message>
    <message>
        <source>Most relevant statement (%1)</source>
        <translation>Wichtigste Aussage (%1)</translation>
    </message>
    <message>
        <source>No statement found.</source>
        <translation>Keine Aussage gefunden.</translation>
    </message>
    <message>
        <source>Show it in the report</source>
        <translation>Im Bericht zeigen</translation>
    </message>
    <message>
        <source>Sub-fault: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Teilfehler: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Follow-up questions</source>
        <translation>Rückfragen</translation>
    </message>
    <message>
        <source>None: the report has the information the rules ask for.</source>
        <translation>Keine: Der Bericht enthält die Informationen, nach denen die Regeln fragen.</translation>
    </message>
    <message>
        <source>Copy as comment</source>
        <translation>Als Kommentar kopieren</translation>
    </message>
    <message>
        <source>Copy the questions to the clipboard, ready to paste on the report</source>
        <translation>Die Fragen in die Zwischenablage kopieren, bereit zum Einfügen beim Bericht</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>Regeln: %1</translation>
    </message>
    <message>
        <source>Statements ranked by: %1</source>
        <translation>Aussagen gereiht nach: %1</translation>
    </message>
</context>
<context>
    <name>dlrepro::InformationTable</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Follow-up question</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the question to the clipboard</source>
        <translation>Die Frage in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>dlrepro::LiveMining</name>
    <message>
        <source>No project to mine.</source>
        <translation>Kein Projekt zum Auswerten.</translation>
    </message>
</context>
<context>
    <name>dlrepro::MainWindow</name>
    <message>
        <source>dlrepro</source>
        <translation>dlrepro</translation>
    </message>
    <message>
        <source>Open a report: File &gt; Open, or drop a file here</source>
        <translation>Einen Bericht öffnen: Datei &gt; Öffnen, oder eine Datei hierher ziehen</translation>
    </message>
    <message>
        <source>Question copied to the clipboard</source>
        <translation>Frage in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;online…</source>
        <translation>&amp;Online öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About dlrepro</source>
        <translation>Ü&amp;ber dlrepro</translation>
    </message>
    <message>
        <source>About dlrepro</source>
        <translation>Über dlrepro</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;dlrepro %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A workbench for reproducing deep-learning bugs from Stack Overflow questions and GitHub issues.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;dlrepro %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Eine Werkbank zum Reproduzieren von Deep-Learning-Fehlern aus Stack-Overflow-Fragen und GitHub-Issues.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Reports (*.json *.jsonl *.xml *.md *.markdown *.txt *.html *.htm *.ipynb);;All files (*)</source>
        <translation>Berichte (*.json *.jsonl *.xml *.md *.markdown *.txt *.html *.htm *.ipynb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open online report</source>
        <translation>Online-Bericht öffnen</translation>
    </message>
    <message>
        <source>Stack Overflow question or GitHub issue
(so:ID, gh:owner/repo#N, or its web address):</source>
        <translation>Stack-Overflow-Frage oder GitHub-Issue
(so:ID, gh:besitzer/repo#N oder die Webadresse):</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>%1: no report found</source>
        <translation>%1: kein Bericht gefunden</translation>
    </message>
    <message>
        <source>Cannot open report</source>
        <translation>Bericht kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not open %1.

%2</source>
        <translation>%1 konnte nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>%1: %2 reports in this input; showing the first</source>
        <translation>%1: %2 Berichte in dieser Eingabe; der erste wird gezeigt</translation>
    </message>
    <message>
        <source>%1 — dlrepro</source>
        <translation>%1 — dlrepro</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n fact(s)</source>
        <translation>
            <numerusform>%1 · %n Fakt</numerusform>
            <numerusform>%1 · %n Fakten</numerusform>
        </translation>
    </message>
    <message>
        <source>framework: %1</source>
        <translation>Framework: %1</translation>
    </message>
    <message>
        <source>the first %1 highlighted</source>
        <translation>die ersten %1 hervorgehoben</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Ein Lauf ist im Gange</translation>
    </message>
    <message>
        <source>Stop the run and close? Every process the snippet started is killed.</source>
        <translation>Lauf abbrechen und schließen? Jeder vom Snippet gestartete Prozess wird beendet.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Follow-up questions copied to the clipboard</source>
        <translation>Rückfragen in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>An autosaved session from an earlier run exists: File &gt; Recover autosaved session</source>
        <translation>Es gibt eine automatisch gesicherte Sitzung von früher: Datei &gt; Automatisch gesicherte Sitzung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation>Bericht ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Paste report text</source>
        <translation>Berichtstext ein&amp;fügen</translation>
    </message>
    <message>
        <source>Open &amp;session…</source>
        <translation>&amp;Sitzung öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>Sitzung &amp;speichern…</translation>
    </message>
    <message>
        <source>Recover autosaved session</source>
        <translation>Automatisch gesicherte Sitzung wiederherstellen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Run seeds</source>
        <translation>Seeds aus&amp;führen</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Check &amp;syntax</source>
        <translation>&amp;Syntax prüfen</translation>
    </message>
    <message>
        <source>Find &amp;interpreters again</source>
        <translation>&amp;Interpreter erneut suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Next hint</source>
        <translation>&amp;Nächster Hinweis</translation>
    </message>
    <message>
        <source>Show the &amp;focus statement</source>
        <translation>&amp;Wichtigste Aussage zeigen</translation>
    </message>
    <message>
        <source>&amp;Find in snippet</source>
        <translation>Im Snippet &amp;suchen</translation>
    </message>
    <message>
        <source>Run pane</source>
        <translation>Laufbereich</translation>
    </message>
    <message>
        <source>Verdict pane</source>
        <translation>Urteilsbereich</translation>
    </message>
    <message>
        <source>Environment pane</source>
        <translation>Umgebungsbereich</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a report&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;verify&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;run the seeds&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cancel the run&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next hint&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+J&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show the focus statement&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F / Ctrl+H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find / replace in the snippet&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save the session&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1…3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;run, verdict, environment&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Bericht öffnen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;prüfen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Seeds ausführen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Umschalt+F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lauf abbrechen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nächster Hinweis&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+J&lt;/b&gt;&lt;/td&gt;&lt;td&gt;wichtigste Aussage zeigen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+F / Strg+H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;im Snippet suchen / ersetzen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sitzung speichern&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1…3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lauf, Urteil, Umgebung&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Paste report</source>
        <translation>Bericht einfügen</translation>
    </message>
    <message>
        <source>The report&apos;s text (Markdown or plain text; the first line is the title):</source>
        <translation>Der Text des Berichts (Markdown oder reiner Text; die erste Zeile ist der Titel):</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>Cannot read the pasted text</source>
        <translation>Der eingefügte Text kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No report found in the text.</source>
        <translation>Im Text wurde kein Bericht gefunden.</translation>
    </message>
    <message>
        <source>Checklist for “%1” added to the snippet</source>
        <translation>Checkliste für „%1“ zum Snippet hinzugefügt</translation>
    </message>
    <message>
        <source>seed %1: %2: %3</source>
        <translation>Seed %1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Run finished: %n seed(s)</source>
        <translation>
            <numerusform>Lauf beendet: %n Seed</numerusform>
            <numerusform>Lauf beendet: %n Seeds</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>Die Sitzung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1

Choose another folder or free some space.</source>
        <translation>%1

Wählen Sie einen anderen Ordner oder schaffen Sie Platz.</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>Sitzung gespeichert unter %1</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>Die Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

Is it a file dlrepro saved?</source>
        <translation>%1

Ist es eine von dlrepro gespeicherte Datei?</translation>
    </message>
    <message>
        <source>Session opened from %1</source>
        <translation>Sitzung geöffnet aus %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Sichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Apply &amp;edit action</source>
        <translation>Bearbeitungsaktion &amp;anwenden</translation>
    </message>
    <message>
        <source>%1: nothing to do — %2</source>
        <translation>%1: nichts zu tun — %2</translation>
    </message>
    <message>
        <source>Cannot apply the edit</source>
        <translation>Die Bearbeitung lässt sich nicht anwenden</translation>
    </message>
    <message>
        <source>%1 applied to the snippet (Ctrl+Z undoes it)</source>
        <translation>%1 auf den Code-Ausschnitt angewendet (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Applied edits: %1</source>
        <translation>Angewendete Bearbeitungen: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>A&amp;rbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;New workspace from this report…</source>
        <translation>&amp;Neuer Arbeitsbereich aus diesem Bericht…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Clone a GitHub project…</source>
        <translation>GitHub-Projekt &amp;klonen…</translation>
    </message>
    <message>
        <source>Commit a &amp;checkpoint</source>
        <translation>&amp;Checkpoint committen</translation>
    </message>
    <message>
        <source>Export as &amp;replication package…</source>
        <translation>Als &amp;Replikationspaket exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;notebook…</source>
        <translation>Als No&amp;tebook exportieren…</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>&amp;Historie anzeigen</translation>
    </message>
    <message>
        <source>Clo&amp;se workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <source>Rese&amp;arch</source>
        <translation>&amp;Forschung</translation>
    </message>
    <message>
        <source>Open &amp;annotation project…</source>
        <translation>&amp;Annotationsprojekt öffnen…</translation>
    </message>
    <message>
        <source>Start a &amp;study session…</source>
        <translation>&amp;Studiensitzung starten…</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>Der Arbeitsbereich kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open a report first: a workspace starts from one.</source>
        <translation>Öffnen Sie zuerst einen Bericht: ein Arbeitsbereich geht von einem aus.</translation>
    </message>
    <message>
        <source>The snippet as assembled in the workbench</source>
        <translation>Das Snippet, wie es in der Werkbank zusammengesetzt wurde</translation>
    </message>
    <message>
        <source>Workspace created in %1: edit actions and verifications are committed there</source>
        <translation>Arbeitsbereich in %1 angelegt: Bearbeitungsaktionen und Prüfungen werden dort committet</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Workspace %1 opened</source>
        <translation>Arbeitsbereich %1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot commit a checkpoint</source>
        <translation>Checkpoint kann nicht committet werden</translation>
    </message>
    <message>
        <source>Checkpoint: %1</source>
        <translation>Checkpoint: %1</translation>
    </message>
    <message>
        <source>Checkpoint %1 committed</source>
        <translation>Checkpoint %1 committet</translation>
    </message>
    <message>
        <source>The edit was applied but not committed</source>
        <translation>Die Bearbeitung wurde angewendet, aber nicht committet</translation>
    </message>
    <message>
        <source>The verdict was not committed</source>
        <translation>Das Urteil wurde nicht committet</translation>
    </message>
    <message>
        <source>New workspace: choose an empty folder</source>
        <translation>Neuer Arbeitsbereich: wählen Sie einen leeren Ordner</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Export as notebook</source>
        <translation>Als Notebook exportieren</translation>
    </message>
    <message>
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Jupyter-Notebooks (*.ipynb)</translation>
    </message>
    <message>
        <source>Export as replication package: choose the package folder</source>
        <translation>Als Replikationspaket exportieren: wählen Sie den Paketordner</translation>
    </message>
    <message>
        <source>Cannot export the workspace</source>
        <translation>Der Arbeitsbereich kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Open annotation project</source>
        <translation>Annotationsprojekt öffnen</translation>
    </message>
    <message>
        <source>dlrepro projects (*.db *.sqlite);;All files (*)</source>
        <translation>dlrepro-Projekte (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Start a study session: open the study database</source>
        <translation>Studiensitzung starten: öffnen Sie die Studiendatenbank</translation>
    </message>
    <message>
        <source>dlrepro studies (*.db *.sqlite);;All files (*)</source>
        <translation>dlrepro-Studien (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>User study</source>
        <translation>Nutzerstudie</translation>
    </message>
    <message>
        <source>Participant id:</source>
        <translation>Teilnehmer-ID:</translation>
    </message>
    <message>
        <source>Cannot start the study session</source>
        <translation>Die Studiensitzung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Tick “Dynamics” before a run of a PyTorch snippet to see its layers&apos; weights, biases and gradients here, with data-bug symptoms.</source>
        <translation>Kreuzen Sie vor einem Lauf eines PyTorch-Snippets „Dynamik“ an, um hier Gewichte, Biases und Gradienten seiner Schichten zu sehen, mit Symptomen von Datenfehlern.</translation>
    </message>
    <message>
        <source>Dynamics</source>
        <translation>Dynamik</translation>
    </message>
    <message>
        <source>Reading the training dynamics…</source>
        <translation>Trainingsdynamik wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Training dynamics: %n symptom(s) found</source>
        <translation>
            <numerusform>Trainingsdynamik: %n Symptom gefunden</numerusform>
            <numerusform>Trainingsdynamik: %n Symptome gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Hints now come from: %1</source>
        <translation>Hinweise kommen jetzt aus: %1</translation>
    </message>
</context>
<context>
    <name>dlrepro::MetricChart</name>
    <message>
        <source>No metric to chart: verify a silent bug (a reported metric value).</source>
        <translation>Keine Metrik zum Darstellen: Prüfen Sie einen stillen Fehler (einen berichteten Metrikwert).</translation>
    </message>
    <message>
        <source>reported %1%2</source>
        <translation>berichtet %1%2</translation>
    </message>
    <message>
        <source>%1 per seed</source>
        <translation>%1 pro Seed</translation>
    </message>
    <message>
        <source>%1 (%2) per seed</source>
        <translation>%1 (%2) pro Seed</translation>
    </message>
</context>
<context>
    <name>dlrepro::MiningView</name>
    <message>
        <source>Rules {bug type} ⇒ {item}</source>
        <translation>Regeln {Fehlerart} ⇒ {Element}</translation>
    </message>
    <message>
        <source>Top 3 information per bug type (Table 4.7)</source>
        <translation>Top 3 der Informationen je Fehlerart (Tabelle 4.7)</translation>
    </message>
    <message>
        <source>Top 5 edit actions per bug type (Table 4.8)</source>
        <translation>Top 5 der Bearbeitungsaktionen je Fehlerart (Tabelle 4.8)</translation>
    </message>
    <message>
        <source>Top 5 edit actions per sub-fault</source>
        <translation>Top 5 der Bearbeitungsaktionen je Teilfehler</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mining failed: %1</source>
        <translation>Regelgewinnung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Mined %n transaction(s) in %1 ms.</source>
        <translation>
            <numerusform>%n Transaktion in %1 ms ausgewertet.</numerusform>
            <numerusform>%n Transaktionen in %1 ms ausgewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>LaTeX</source>
        <translation>LaTeX</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
</context>
<context>
    <name>dlrepro::ReportView</name>
    <message>
        <source>Highlights:</source>
        <translation>Hervorhebungen:</translation>
    </message>
    <message>
        <source>Blocks:</source>
        <translation>Blöcke:</translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation>(Bericht ohne Titel)</translation>
    </message>
    <message>
        <source>The most relevant statement for this bug type</source>
        <translation>Die wichtigste Aussage für diese Fehlerart</translation>
    </message>
    <message>
        <source>accepted ✓</source>
        <translation>akzeptiert ✓</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation>Antwort von %1</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dlrepro::ResearchTables</name>
    <message>
        <source>Top %1 useful component information for reproducing specific types of deep learning bugs</source>
        <translation>Die %1 nützlichsten Informationskomponenten zum Reproduzieren bestimmter Arten von Deep-Learning-Fehlern</translation>
    </message>
    <message>
        <source>Top %1 edit actions for reproducing specific types of deep learning bugs</source>
        <translation>Die %1 wichtigsten Bearbeitungsaktionen zum Reproduzieren bestimmter Arten von Deep-Learning-Fehlern</translation>
    </message>
    <message>
        <source>Top %1 edit actions for reproducing the sub-faults of training and model bugs</source>
        <translation>Die %1 wichtigsten Bearbeitungsaktionen zum Reproduzieren der Teilfehler von Trainings- und Modellfehlern</translation>
    </message>
    <message>
        <source>Rules {bug type} =&gt; {item}, ranked per bug type</source>
        <translation>Regeln {Fehlerart} =&gt; {Element}, je Fehlerart gereiht</translation>
    </message>
    <message>
        <source>Bug type</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation>Unter Minimum</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Bearbeitungsaktion</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>dlrepro::RunPanel</name>
    <message>
        <source>The Python interpreter the snippet runs with</source>
        <translation>Der Python-Interpreter, mit dem das Snippet läuft</translation>
    </message>
    <message>
        <source>Choose another interpreter</source>
        <translation>Einen anderen Interpreter wählen</translation>
    </message>
    <message>
        <source>Python interpreter</source>
        <translation>Python-Interpreter</translation>
    </message>
    <message>
        <source>Look for interpreters again and re-probe them</source>
        <translation>Erneut nach Interpretern suchen und sie neu untersuchen</translation>
    </message>
    <message>
        <source>auto: as the environment says; cpu: CUDA hidden; cuda:N: only that GPU</source>
        <translation>auto: wie die Umgebung vorgibt; cpu: CUDA verborgen; cuda:N: nur diese GPU</translation>
    </message>
    <message>
        <source>Seeds 0 … n−1, each in a fresh process</source>
        <translation>Seeds 0 … n−1, jeder in einem neuen Prozess</translation>
    </message>
    <message>
        <source>Relative tolerance for a reported metric</source>
        <translation>Relative Toleranz für eine berichtete Metrik</translation>
    </message>
    <message>
        <source>RuntimeError: message   or   accuracy=34%</source>
        <translation>RuntimeError: Meldung   oder   accuracy=34%</translation>
    </message>
    <message>
        <source>What the report says happens: an error (Type: message) or a metric (name=value)</source>
        <translation>Was laut Bericht passiert: ein Fehler (Typ: Meldung) oder eine Metrik (Name=Wert)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Run the snippet with every seed (Ctrl+R)</source>
        <translation>Das Snippet mit jedem Seed ausführen (Strg+R)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Interpreter:</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Erwartet:</translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation>Seeds:</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Toleranz:</translation>
    </message>
    <message>
        <source>seed %1 of %2</source>
        <translation>Seed %1 von %2</translation>
    </message>
    <message>
        <source>Seed %1 ▶</source>
        <translation>Seed %1 ▶</translation>
    </message>
    <message>
        <source>Seed %1 %2</source>
        <translation>Seed %1 %2</translation>
    </message>
    <message>
        <source>— %1 after %2 s</source>
        <translation>— %1 nach %2 s</translation>
    </message>
    <message>
        <source>What the report says happens</source>
        <translation>Was laut Bericht passiert</translation>
    </message>
    <message>
        <source>From the report: %1</source>
        <translation>Aus dem Bericht: %1</translation>
    </message>
    <message>
        <source>typed in the run pane</source>
        <translation>im Laufbereich eingegeben</translation>
    </message>
    <message>
        <source>Looking for Python interpreters…</source>
        <translation>Suche Python-Interpreter…</translation>
    </message>
    <message>
        <source>unusable: %1</source>
        <translation>unbrauchbar: %1</translation>
    </message>
    <message>
        <source>No Python interpreter found. Choose one with “…”.</source>
        <translation>Kein Python-Interpreter gefunden. Wählen Sie einen mit „…“.</translation>
    </message>
    <message numerus="yes">
        <source>%n interpreter(s) found</source>
        <translation>
            <numerusform>%n Interpreter gefunden</numerusform>
            <numerusform>%n Interpreter gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Cannot run</source>
        <translation>Ausführen nicht möglich</translation>
    </message>
    <message>
        <source>No Python interpreter is chosen.

Pick one in the run pane, or choose a file with “…”.</source>
        <translation>Es ist kein Python-Interpreter gewählt.

Wählen Sie einen im Laufbereich oder eine Datei mit „…“.</translation>
    </message>
    <message>
        <source>The snippet is empty.

Choose the report&apos;s code blocks or write the snippet first.</source>
        <translation>Das Snippet ist leer.

Wählen Sie die Codeblöcke des Berichts oder schreiben Sie zuerst das Snippet.</translation>
    </message>
    <message>
        <source>Cannot verify</source>
        <translation>Prüfen nicht möglich</translation>
    </message>
    <message>
        <source>The expected result cannot be read: %1

Write an error as “Type: message” or a metric as “name=value”.</source>
        <translation>Das erwartete Ergebnis kann nicht gelesen werden: %1

Schreiben Sie einen Fehler als „Typ: Meldung“ oder eine Metrik als „Name=Wert“.</translation>
    </message>
    <message>
        <source>Could not write the snippet to a temporary file (%1).

Check the free space in the temporary folder.</source>
        <translation>Das Snippet konnte nicht in eine temporäre Datei geschrieben werden (%1).

Prüfen Sie den freien Platz im temporären Ordner.</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <source>A run is already in progress.</source>
        <translation>Ein Lauf ist bereits im Gange.</translation>
    </message>
    <message>
        <source>Verifying with %1 on %2…</source>
        <translation>Prüfe mit %1 auf %2…</translation>
    </message>
    <message>
        <source>Running with %1 on %2…</source>
        <translation>Führe aus mit %1 auf %2…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 seeds did not finish.</source>
        <translation>Abgebrochen: %1 von %2 Seeds wurden nicht fertig.</translation>
    </message>
    <message numerus="yes">
        <source>done: %n seed(s)</source>
        <translation>
            <numerusform>fertig: %n Seed</numerusform>
            <numerusform>fertig: %n Seeds</numerusform>
        </translation>
    </message>
    <message>
        <source>Run and decide whether the reported bug shows (F5)</source>
        <translation>Ausführen und entscheiden, ob der berichtete Fehler auftritt (F5)</translation>
    </message>
    <message>
        <source>Stop the run and every process it started (Shift+F5)</source>
        <translation>Den Lauf und jeden von ihm gestarteten Prozess beenden (Umschalt+F5)</translation>
    </message>
    <message>
        <source>Dynamics</source>
        <translation>Dynamik</translation>
    </message>
    <message>
        <source>Record per-layer weights, biases and gradients of the PyTorch models the snippet trains (shown in the Dynamics tab, with data-bug symptoms)</source>
        <translation>Gewichte, Biases und Gradienten je Schicht der PyTorch-Modelle aufzeichnen, die das Snippet trainiert (im Reiter „Dynamik“ gezeigt, mit Symptomen von Datenfehlern)</translation>
    </message>
</context>
<context>
    <name>dlrepro::Session</name>
    <message>
        <source>dlrepro sessions (*.dlrepro);;All files (*)</source>
        <translation>dlrepro-Sitzungen (*.dlrepro);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a dlrepro session (no &quot;format&quot;: &quot;dlrepro-session&quot;)</source>
        <translation>keine dlrepro-Sitzung (kein &quot;format&quot;: &quot;dlrepro-session&quot;)</translation>
    </message>
    <message>
        <source>session version %1 is not supported (this dlrepro reads version %2)</source>
        <translation>Sitzungsversion %1 wird nicht unterstützt (dieses dlrepro liest Version %2)</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>bugTypeOverride: unknown bug type &apos;%1&apos;</source>
        <translation>bugTypeOverride: unbekannte Fehlerart &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: too large for a session (%2 MB)</source>
        <translation>%1: zu groß für eine Sitzung (%2 MB)</translation>
    </message>
</context>
<context>
    <name>dlrepro::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>the first one found with a deep-learning framework</source>
        <translation>der erste gefundene mit einem Deep-Learning-Framework</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Python interpreter</source>
        <translation>Python-Interpreter</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Seeds per run:</source>
        <translation>Seeds pro Lauf:</translation>
    </message>
    <message>
        <source>Metric tolerance:</source>
        <translation>Metrik-Toleranz:</translation>
    </message>
    <message>
        <source>Timeout per seed:</source>
        <translation>Zeitlimit pro Seed:</translation>
    </message>
    <message>
        <source>Memory limit:</source>
        <translation>Speicherlimit:</translation>
    </message>
    <message>
        <source>Seeds in parallel:</source>
        <translation>Seeds parallel:</translation>
    </message>
    <message>
        <source>Default interpreter:</source>
        <translation>Standard-Interpreter:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>none: statements are ranked lexically (BM25)</source>
        <translation>keines: Aussagen werden lexikalisch gereiht (BM25)</translation>
    </message>
    <message>
        <source>A folder with model.pt (TorchScript) and vocab.txt, e.g. all-MiniLM-L6-v2 exported with resources/models/export_minilm.py</source>
        <translation>Ein Ordner mit model.pt (TorchScript) und vocab.txt, z. B. all-MiniLM-L6-v2, exportiert mit resources/models/export_minilm.py</translation>
    </message>
    <message>
        <source>Sentence-embedding model folder</source>
        <translation>Ordner des Satz-Embedding-Modells</translation>
    </message>
    <message>
        <source>Embedding model:</source>
        <translation>Embedding-Modell:</translation>
    </message>
</context>
<context>
    <name>dlrepro::SnippetAssembly</name>
    <message numerus="yes">
        <source>Block %1 · %2 · %n line(s) · %3</source>
        <translation>
            <numerusform>Block %1 · %2 · %n Zeile · %3</numerusform>
            <numerusform>Block %1 · %2 · %n Zeilen · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dlrepro::StudyWindow</name>
    <message>
        <source>dlrepro study: participant %1</source>
        <translation>dlrepro-Studie: Teilnehmer %1</translation>
    </message>
    <message>
        <source>Pause (facilitator)…</source>
        <translation>Pause (Versuchsleitung)…</translation>
    </message>
    <message>
        <source>Pause the session</source>
        <translation>Die Sitzung pausieren</translation>
    </message>
    <message>
        <source>Reason for the pause (recorded):</source>
        <translation>Grund für die Pause (wird erfasst):</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Runs the snippet with several seeds and checks whether the reported bug shows</source>
        <translation>Führt das Snippet mit mehreren Seeds aus und prüft, ob der gemeldete Fehler auftritt</translation>
    </message>
    <message>
        <source>Edit actions</source>
        <translation>Bearbeitungsaktionen</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Questions about this bug</source>
        <translation>Fragen zu diesem Fehler</translation>
    </message>
    <message>
        <source>I reproduced the bug</source>
        <translation>Ich habe den Fehler reproduziert</translation>
    </message>
    <message>
        <source>What are the edit operations that could be used to reproduce this bug?</source>
        <translation>Welche Bearbeitungsoperationen könnten verwendet werden, um diesen Fehler zu reproduzieren?</translation>
    </message>
    <message>
        <source>Why do you think these edit operations could prove useful in reproducing the bug?</source>
        <translation>Warum glauben Sie, dass diese Bearbeitungsoperationen beim Reproduzieren des Fehlers nützlich sein könnten?</translation>
    </message>
    <message>
        <source>What are the critical information components that could help the reproducibility of this bug?</source>
        <translation>Welche kritischen Informationskomponenten könnten die Reproduzierbarkeit dieses Fehlers unterstützen?</translation>
    </message>
    <message>
        <source>How do you think the selected critical information could be useful in reproducing the bug?</source>
        <translation>Wie könnten die gewählten kritischen Informationen Ihrer Meinung nach beim Reproduzieren des Fehlers nützlich sein?</translation>
    </message>
    <message>
        <source>Did you implement any additional operations or actions? Please let us know your thoughts.</source>
        <translation>Haben Sie weitere Operationen oder Aktionen umgesetzt? Bitte teilen Sie uns Ihre Gedanken mit.</translation>
    </message>
    <message>
        <source>Submit and go to the next bug</source>
        <translation>Absenden und zum nächsten Fehler</translation>
    </message>
    <message>
        <source>Thank you: you have finished the study.

Your participant id is %1. Quote it to the researchers if you want to withdraw.</source>
        <translation>Vielen Dank: Sie haben die Studie abgeschlossen.

Ihre Teilnehmer-ID ist %1. Nennen Sie sie den Forschenden, wenn Sie Ihre Teilnahme zurückziehen möchten.</translation>
    </message>
    <message>
        <source>The report of this bug cannot be read (%1); tell the facilitator.</source>
        <translation>Der Bericht zu diesem Fehler kann nicht gelesen werden (%1); informieren Sie die Versuchsleitung.</translation>
    </message>
    <message>
        <source>Participant %1 · %2 · bug %3 of %4</source>
        <translation>Teilnehmer %1 · %2 · Fehler %3 von %4</translation>
    </message>
    <message>
        <source>Paused by the facilitator: %1. The clock is stopped.</source>
        <translation>Von der Versuchsleitung pausiert: %1. Die Uhr ist angehalten.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>No Python interpreter is set up for the study; tell the facilitator.</source>
        <translation>Für die Studie ist kein Python-Interpreter eingerichtet; informieren Sie die Versuchsleitung.</translation>
    </message>
    <message>
        <source>Cannot write the snippet: %1</source>
        <translation>Das Snippet kann nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verifying with %n seed(s)…</source>
        <translation>
            <numerusform>Prüfe mit %n Seed…</numerusform>
            <numerusform>Prüfe mit %n Seeds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>The study&apos;s expectation for this bug is invalid (%1); tell the facilitator.</source>
        <translation>Die Erwartung der Studie für diesen Fehler ist ungültig (%1); informieren Sie die Versuchsleitung.</translation>
    </message>
    <message>
        <source>Run finished.</source>
        <translation>Lauf beendet.</translation>
    </message>
    <message>
        <source>%1: nothing to change</source>
        <translation>%1: nichts zu ändern</translation>
    </message>
    <message>
        <source>Please tick at least one edit operation and one information component before submitting.</source>
        <translation>Bitte kreuzen Sie vor dem Absenden mindestens eine Bearbeitungsoperation und eine Informationskomponente an.</translation>
    </message>
</context>
<context>
    <name>dlrepro::VerdictComparisonDialog</name>
    <message>
        <source>Compare verdicts</source>
        <translation>Urteile vergleichen</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Kein Urteil</translation>
    </message>
    <message>
        <source>Nothing was verified at this commit or before it.</source>
        <translation>Bei diesem Commit oder davor wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>Seeds showing the bug: %1 of %2</source>
        <translation>Seeds, die den Fehler zeigen: %1 von %2</translation>
    </message>
    <message>
        <source>%1: mean %2%3 (expected %4)</source>
        <translation>%1: Mittel %2%3 (erwartet %4)</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Metrik</translation>
    </message>
</context>
<context>
    <name>dlrepro::VerdictPanel</name>
    <message>
        <source>Reproduced</source>
        <translation>Reproduziert</translation>
    </message>
    <message>
        <source>Intermittent: %1 of %2</source>
        <translation>Sporadisch: %1 von %2</translation>
    </message>
    <message>
        <source>Not reproduced</source>
        <translation>Nicht reproduziert</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Nicht entscheidbar</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reported error&lt;/b&gt;</source>
        <translation>&lt;b&gt;Berichteter Fehler&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Observed error&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beobachteter Fehler&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>Noch kein Urteil</translation>
    </message>
    <message>
        <source>Press Verify to run the snippet with every seed and compare what happens with the report.</source>
        <translation>Drücken Sie „Prüfen“, um das Snippet mit jedem Seed auszuführen und das Ergebnis mit dem Bericht zu vergleichen.</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>(no error)</source>
        <translation>(kein Fehler)</translation>
    </message>
    <message>
        <source>Match: &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;</source>
        <translation>Übereinstimmung: &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>dlrepro::WorkspaceHistoryModel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>%1

(undone by a later revert)</source>
        <translation>%1

(durch einen späteren Revert rückgängig gemacht)</translation>
    </message>
</context>
<context>
    <name>dlrepro::WorkspaceHistoryView</name>
    <message>
        <source>Branch from here</source>
        <translation>Von hier verzweigen</translation>
    </message>
    <message>
        <source>Name of the new branch:</source>
        <translation>Name des neuen Branches:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the workspace&apos;s history again</source>
        <translation>Die Historie des Arbeitsbereichs erneut lesen</translation>
    </message>
    <message>
        <source>Re&amp;vert this action</source>
        <translation>Diese Aktion &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Undo the selected commit with a new revert commit</source>
        <translation>Den gewählten Commit mit einem neuen Revert-Commit rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Branch from here…</source>
        <translation>Von hier &amp;verzweigen…</translation>
    </message>
    <message>
        <source>Start a new branch at the selected commit to try another path</source>
        <translation>Beim gewählten Commit einen neuen Branch beginnen, um einen anderen Weg zu probieren</translation>
    </message>
    <message>
        <source>&amp;Compare verdicts</source>
        <translation>Urteile &amp;vergleichen</translation>
    </message>
    <message>
        <source>Compare the verdicts recorded at the two selected commits</source>
        <translation>Die bei den zwei gewählten Commits erfassten Urteile vergleichen</translation>
    </message>
    <message>
        <source>The branch shown; choose another to switch to it</source>
        <translation>Der gezeigte Branch; wählen Sie einen anderen, um zu ihm zu wechseln</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation>Historie von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>Die Historie konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the workspace&apos;s history</source>
        <translation>Die Historie des Arbeitsbereichs kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>(detached)</source>
        <translation>(abgekoppelt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n commit(s) on %2</source>
        <translation>
            <numerusform>%1 · %n Commit auf %2</numerusform>
            <numerusform>%1 · %n Commits auf %2</numerusform>
        </translation>
    </message>
    <message>
        <source>a detached HEAD</source>
        <translation>ein abgekoppelter HEAD</translation>
    </message>
    <message>
        <source>Reading the changes of %1…</source>
        <translation>Änderungen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>The changes of %1 cannot be shown: %2</source>
        <translation>Die Änderungen von %1 können nicht gezeigt werden: %2</translation>
    </message>
    <message>
        <source>Copy commit id</source>
        <translation>Commit-ID kopieren</translation>
    </message>
    <message>
        <source>Cannot revert %1</source>
        <translation>%1 kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Cannot branch from %1</source>
        <translation>Von %1 kann nicht verzweigt werden</translation>
    </message>
    <message>
        <source>%1 has changes that are not committed yet. Save a checkpoint or run the snippet first, so that nothing is lost when the branch is checked out.</source>
        <translation>%1 hat Änderungen, die noch nicht committet sind. Speichern Sie zuerst einen Checkpoint oder führen Sie das Snippet aus, damit beim Auschecken des Branches nichts verloren geht.</translation>
    </message>
    <message>
        <source>Cannot switch to %1</source>
        <translation>Zu %1 kann nicht gewechselt werden</translation>
    </message>
    <message>
        <source>Cannot compare the verdicts</source>
        <translation>Die Urteile können nicht verglichen werden</translation>
    </message>
</context>
<context>
    <name>edit</name>
    <message>
        <source>the report names no dataset dlrepro knows (resources/knowledge/datasets.json)</source>
        <translation>der Bericht nennt keinen Datensatz, den dlrepro kennt (resources/knowledge/datasets.json)</translation>
    </message>
    <message>
        <source>the snippet defines the data it uses</source>
        <translation>der Code-Ausschnitt definiert die Daten, die er verwendet</translation>
    </message>
    <message>
        <source>loads %1 for %2</source>
        <translation>lädt %1 für %2</translation>
    </message>
    <message>
        <source>The report names the %1 dataset and the snippet uses %2 without loading it. P loads it with %3 from the cache directory $DLREPRO_DATA_DIR (downloading there unless DLREPRO_OFFLINE=1); when that fails — as it does without network — the code falls back at run time to a synthetic stand-in with the same shapes and %4, and prints so.</source>
        <translation>Der Bericht nennt den Datensatz %1, und der Code-Ausschnitt verwendet %2, ohne ihn zu laden. P lädt ihn mit %3 aus dem Cache-Verzeichnis $DLREPRO_DATA_DIR (und lädt ihn dorthin herunter, außer bei DLREPRO_OFFLINE=1); schlägt das fehl — wie ohne Netzwerk —, greift der Code zur Laufzeit auf einen synthetischen Ersatz mit denselben Formen und %4 zurück und meldet das.</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 Klassen</translation>
    </message>
    <message>
        <source>regression targets</source>
        <translation>Regressionszielen</translation>
    </message>
    <message>
        <source>the snippet sets every hyperparameter it uses</source>
        <translation>der Code-Ausschnitt setzt jeden Hyperparameter, den er verwendet</translation>
    </message>
    <message>
        <source>%1 = %2 (the study tried %3)</source>
        <translation>%1 = %2 (die Studie probierte %3)</translation>
    </message>
    <message>
        <source>(documented defaults)</source>
        <translation>(dokumentierte Standardwerte)</translation>
    </message>
    <message>
        <source>from the report and defaults</source>
        <translation>aus dem Bericht und Standardwerten</translation>
    </message>
    <message>
        <source>sets %1, which the snippet uses but never sets</source>
        <translation>setzt %1 (im Code-Ausschnitt verwendet, aber nie gesetzt)</translation>
    </message>
    <message>
        <source>creates %1 right before its first use, after the model</source>
        <translation>erzeugt %1 direkt vor der ersten Verwendung, nach dem Modell</translation>
    </message>
    <message>
        <source>sets the remaining hyperparameters before their first use</source>
        <translation>setzt die übrigen Hyperparameter vor ihrer ersten Verwendung</translation>
    </message>
    <message>
        <source>The snippet uses %1 without setting %2.</source>
        <translation>Der Code-Ausschnitt verwendet %1, ohne %2 zu setzen.</translation>
    </message>
    <message>
        <source>it</source>
        <translation>diesen Wert</translation>
    </message>
    <message>
        <source>them</source>
        <translation>sie</translation>
    </message>
    <message>
        <source> From the report: %1.</source>
        <translation> Aus dem Bericht: %1.</translation>
    </message>
    <message>
        <source> Not in the report, so the defaults of resources/knowledge/defaults.json: %1.</source>
        <translation> Nicht im Bericht, daher die Standardwerte aus resources/knowledge/defaults.json: %1.</translation>
    </message>
    <message>
        <source>Which values did the reporter use? Assumed: %1</source>
        <translation>Welche Werte hat der Berichtende verwendet? Angenommen: %1</translation>
    </message>
    <message>
        <source>%1 features per sample</source>
        <translation>%1 Merkmale pro Beispiel</translation>
    </message>
    <message>
        <source>sequences of %1 token ids</source>
        <translation>Sequenzen aus %1 Token-IDs</translation>
    </message>
    <message>
        <source>the snippet defines every data variable it uses</source>
        <translation>der Code-Ausschnitt definiert jede Datenvariable, die er verwendet</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>%1 Beispiele</translation>
    </message>
    <message>
        <source>%1 sequences of %2 token ids below %3</source>
        <translation>%1 Sequenzen aus %2 Token-IDs unter %3</translation>
    </message>
    <message>
        <source>defines %1, which the snippet uses but never defines</source>
        <translation>definiert %1 (im Code-Ausschnitt verwendet, aber nie definiert)</translation>
    </message>
    <message>
        <source>The snippet uses %1 without defining it; D generates %2 data in the snippet&apos;s framework (%3)</source>
        <translation>Der Code-Ausschnitt verwendet %1, ohne es zu definieren; D erzeugt Daten (%2) im Framework des Code-Ausschnitts (%3)</translation>
    </message>
    <message>
        <source>, shaped by the report&apos;s %1</source>
        <translation>, geformt nach %1 aus dem Bericht</translation>
    </message>
    <message>
        <source> The report does not say: assumed %1 (resources/knowledge/defaults.json).</source>
        <translation> Der Bericht sagt nichts dazu: angenommen %1 (resources/knowledge/defaults.json).</translation>
    </message>
    <message>
        <source>The report does not give this; %1 was assumed. What does the real data look like?</source>
        <translation>Der Bericht gibt das nicht an; angenommen: %1. Wie sehen die echten Daten aus?</translation>
    </message>
    <message>
        <source>loads through the cache-aware helper</source>
        <translation>lädt über den Cache-fähigen Helfer</translation>
    </message>
    <message>
        <source>the snippet loads no pretrained model or tokenizer outside the cache-aware helper</source>
        <translation>der Code-Ausschnitt lädt kein vortrainiertes Modell und keinen Tokenizer außerhalb des Cache-fähigen Helfers</translation>
    </message>
    <message>
        <source>adds the cache-aware loader</source>
        <translation>ergänzt den Cache-fähigen Lader</translation>
    </message>
    <message>
        <source>Pretrained weights and tokenizers must be downloaded once; M loads %1 through a helper that uses the local cache (HF_HOME) and, offline without a cached copy, stops with a message saying so.</source>
        <translation>Vortrainierte Gewichte und Tokenizer müssen einmal heruntergeladen werden; M lädt %1 über einen Helfer, der den lokalen Cache (HF_HOME) nutzt und offline ohne zwischengespeicherte Kopie mit einer entsprechenden Meldung abbricht.</translation>
    </message>
    <message>
        <source>Is %1 in the local cache (HF_HOME)? Offline, the run cannot download it.</source>
        <translation>Liegt %1 im lokalen Cache (HF_HOME)? Offline kann der Lauf es nicht herunterladen.</translation>
    </message>
    <message>
        <source>%1 input features</source>
        <translation>%1 Eingabemerkmale</translation>
    </message>
    <message>
        <source>%1 outputs</source>
        <translation>%1 Ausgaben</translation>
    </message>
    <message>
        <source>an LSTM classifier</source>
        <translation>einen LSTM-Klassifikator</translation>
    </message>
    <message>
        <source>a small CNN</source>
        <translation>ein kleines CNN</translation>
    </message>
    <message>
        <source>a %1 model (one linear layer)</source>
        <translation>ein Modell vom Typ %1 (eine lineare Schicht)</translation>
    </message>
    <message>
        <source>a feed-forward network %1</source>
        <translation>ein Feedforward-Netz %1</translation>
    </message>
    <message>
        <source>a feed-forward network</source>
        <translation>ein Feedforward-Netz</translation>
    </message>
    <message>
        <source>the snippet defines the model it uses</source>
        <translation>der Code-Ausschnitt definiert das Modell, das er verwendet</translation>
    </message>
    <message>
        <source>the model is a pretrained one: Downloading Models &amp; Tokenizers (M) loads it</source>
        <translation>das Modell ist vortrainiert: Herunterladen von Modellen &amp; Tokenizern (M) lädt es</translation>
    </message>
    <message>
        <source>What value of %1 does the reporter pass to %2? %3 was assumed.</source>
        <translation>Welchen Wert für %1 übergibt der Berichtende an %2? Angenommen: %3.</translation>
    </message>
    <message>
        <source>The snippet uses %1 but never creates it; it defines the model class %2, so N instantiates it%3.</source>
        <translation>Der Code-Ausschnitt verwendet %1, erzeugt es aber nie; er definiert die Modellklasse %2, also instanziiert N sie%3.</translation>
    </message>
    <message>
        <source> (constructor arguments assumed: %1)</source>
        <translation> (angenommene Konstruktorargumente: %1)</translation>
    </message>
    <message>
        <source>The snippet uses %1 but never builds it; N builds %2 in %3 from the report%4.</source>
        <translation>Der Code-Ausschnitt verwendet %1, baut es aber nie auf; N baut nach dem Bericht %2 in %3 auf%4.</translation>
    </message>
    <message>
        <source> (not said, assumed: %1)</source>
        <translation> (nicht angegeben, angenommen: %1)</translation>
    </message>
    <message>
        <source>The report does not describe the model fully: %1 was assumed. What is the real architecture?</source>
        <translation>Der Bericht beschreibt das Modell nicht vollständig; angenommen: %1. Wie sieht die echte Architektur aus?</translation>
    </message>
    <message>
        <source>defines %1 before its first use</source>
        <translation>definiert %1 vor der ersten Verwendung</translation>
    </message>
    <message>
        <source>the report quotes no error and no observed metric to verify against</source>
        <translation>der Bericht zitiert weder einen Fehler noch eine beobachtete Metrik, gegen die geprüft werden kann</translation>
    </message>
    <message>
        <source>the assembled snippet reproduces the bug as it is</source>
        <translation>der zusammengesetzte Code-Ausschnitt reproduziert den Fehler bereits unverändert</translation>
    </message>
    <message>
        <source>reproduced after %1 edit(s)</source>
        <translation>reproduziert nach %1 Bearbeitung(en)</translation>
    </message>
    <message>
        <source>no edit action has anything left to do</source>
        <translation>keine Bearbeitungsaktion hat mehr etwas zu tun</translation>
    </message>
    <message>
        <source>stopped after the maximum of %1 steps</source>
        <translation>nach der Höchstzahl von %1 Schritten angehalten</translation>
    </message>
    <message>
        <source>Expectation: %1</source>
        <translation>Erwartung: %1</translation>
    </message>
    <message>
        <source>Assembly: %1</source>
        <translation>Zusammensetzung: %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Step 0 (as assembled): %1</source>
        <translation>Schritt 0 (wie zusammengesetzt): %1</translation>
    </message>
    <message>
        <source>Step %1 %2 (%3): %4</source>
        <translation>Schritt %1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Transaction: {%1}</source>
        <translation>Transaktion: {%1}</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>left out code blocks beyond %1 blocks / 1 MB</source>
        <translation>Codeblöcke über %1 Blöcke / 1 MB hinaus ausgelassen</translation>
    </message>
    <message>
        <source>reordered the code blocks so that definitions come before their use</source>
        <translation>Codeblöcke umgeordnet, sodass Definitionen vor ihrer Verwendung stehen</translation>
    </message>
    <message>
        <source>added the driver code quoted in the text: %1</source>
        <translation>den im Text zitierten Aufrufcode ergänzt: %1</translation>
    </message>
    <message>
        <source>turned printed values into data: %1</source>
        <translation>ausgegebene Werte in Daten umgewandelt: %1</translation>
    </message>
    <message>
        <source>sequences of %1 steps</source>
        <translation>Sequenzen mit %1 Schritten</translation>
    </message>
    <message>
        <source>added the assignments quoted in the text: %1</source>
        <translation>die im Text zitierten Zuweisungen ergänzt: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench for reproducing deep-learning bugs.</source>
        <translation>Werkbank zum Reproduzieren von Deep-Learning-Fehlern.</translation>
    </message>
    <message>
        <source>Language of the user interface (de, en, …); default: the system&apos;s.</source>
        <translation>Sprache der Benutzeroberfläche (de, en, …); Standard: die des Systems.</translation>
    </message>
    <message>
        <source>Save a picture of the window, once the report is shown, to &lt;file&gt; and exit.</source>
        <translation>Sobald der Bericht angezeigt wird, ein Bild des Fensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>User study</source>
        <translation>Nutzerstudie</translation>
    </message>
    <message>
        <source>Participant id:</source>
        <translation>Teilnehmer-ID:</translation>
    </message>
    <message>
        <source>Run a participant&apos;s session of the user study in &lt;database&gt; (study mode: their bugs only, no settings).</source>
        <translation>Die Sitzung eines Teilnehmers der Nutzerstudie in &lt;database&gt; durchführen (Studienmodus: nur seine Fehler, keine Einstellungen).</translation>
    </message>
    <message>
        <source>The participant of --study (asked for when not given).</source>
        <translation>Der Teilnehmer von --study (wird erfragt, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>A report file, or so:ID, gh:owner/repo#N, or a web address; or a reproduction workspace folder.</source>
        <translation>Eine Berichtsdatei oder so:ID, gh:besitzer/repo#N oder eine Webadresse; oder ein Ordner eines Reproduktions-Arbeitsbereichs.</translation>
    </message>
</context>
</TS>
