<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <source>A report file, or so:ID, gh:owner/repo#N, or a web address.</source>
        <translation>Eine Berichtsdatei oder so:ID, gh:besitzer/repo#N oder eine Webadresse.</translation>
    </message>
</context>
</TS>
