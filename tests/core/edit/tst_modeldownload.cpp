#include "SynthEditTest.h"

#include <QTest>

using namespace dlrepro;
using namespace dlrepro::testing;

class TestModelDownload : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void proposal();
    void proposal_data();
};

void TestModelDownload::proposal_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("prose");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("runs");
    QTest::newRow("rewrite from_pretrained through the cache helper")
        << QStringLiteral("from transformers import BertTokenizer, BertModel\n"
                          "tokenizer = BertTokenizer.from_pretrained('bert-base-uncased')\n"
                          "model = BertModel.from_pretrained('bert-base-uncased', output_hidden_states=True)\n")
        << QStringLiteral("")
        << QStringLiteral("from transformers import BertTokenizer, BertModel\n"
                          "import os\n"
                          "# dlrepro M: pretrained models and tokenizers come from the local cache (HF_HOME, default\n"
                          "# ~/.cache/huggingface); set TRANSFORMERS_OFFLINE=1 to never download.\n"
                          "def _dlrepro_pretrained(loader, name, *args, **kwargs):\n"
                          "    cache = os.environ.get(\"HF_HOME\", os.path.join(os.path.expanduser(\"~\"), \".cache\", \"huggingface\"))\n"
                          "    try:\n"
                          "        return loader.from_pretrained(name, *args, **kwargs)\n"
                          "    except (OSError, ValueError) as error:  # not cached and the hub cannot be reached\n"
                          "        raise RuntimeError(f\"dlrepro: the pretrained {name!r} is not in the cache {cache} and cannot be \"\n"
                          "                           f\"downloaded here (offline?): {error}. Download it once with network access or copy \"\n"
                          "                           f\"it into that cache, then run again.\") from error\n"
                          "\n"
                          "\n"
                          "tokenizer = _dlrepro_pretrained(BertTokenizer, 'bert-base-uncased')\n"
                          "model = _dlrepro_pretrained(BertModel, 'bert-base-uncased', output_hidden_states=True)\n")
        << false;
    QTest::newRow("undefined tokenizer, model named in the report")
        << QStringLiteral("ids = tokenizer('hello world')['input_ids']\n"
                          "print(ids)\n")
        << QStringLiteral("I fine-tune distilbert-base-uncased and the tokenizer returns the wrong ids.")
        << QStringLiteral("import os\n"
                          "from transformers import AutoTokenizer\n"
                          "# dlrepro M: pretrained models and tokenizers come from the local cache (HF_HOME, default\n"
                          "# ~/.cache/huggingface); set TRANSFORMERS_OFFLINE=1 to never download.\n"
                          "def _dlrepro_pretrained(loader, name, *args, **kwargs):\n"
                          "    cache = os.environ.get(\"HF_HOME\", os.path.join(os.path.expanduser(\"~\"), \".cache\", \"huggingface\"))\n"
                          "    try:\n"
                          "        return loader.from_pretrained(name, *args, **kwargs)\n"
                          "    except (OSError, ValueError) as error:  # not cached and the hub cannot be reached\n"
                          "        raise RuntimeError(f\"dlrepro: the pretrained {name!r} is not in the cache {cache} and cannot be \"\n"
                          "                           f\"downloaded here (offline?): {error}. Download it once with network access or copy \"\n"
                          "                           f\"it into that cache, then run again.\") from error\n"
                          "\n"
                          "\n"
                          "tokenizer = _dlrepro_pretrained(AutoTokenizer, \"distilbert-base-uncased\")\n"
                          "ids = tokenizer('hello world')['input_ids']\n"
                          "print(ids)\n")
        << false;
    QTest::newRow("offline: a clear message instead of a connection error")
        << QStringLiteral("import torch\n"
                          "\n"
                          "class Fake:\n"
                          "    @staticmethod\n"
                          "    def from_pretrained(name):\n"
                          "        raise OSError('We could not connect to huggingface.co')\n"
                          "\n"
                          "try:\n"
                          "    m = Fake.from_pretrained('gpt2')\n"
                          "except RuntimeError as e:\n"
                          "    print('clear:', str(e).startswith('dlrepro: the pretrained'))\n")
        << QStringLiteral("")
        << QStringLiteral("import torch\n"
                          "import os\n"
                          "\n"
                          "class Fake:\n"
                          "    @staticmethod\n"
                          "    def from_pretrained(name):\n"
                          "        raise OSError('We could not connect to huggingface.co')\n"
                          "\n"
                          "# dlrepro M: pretrained models and tokenizers come from the local cache (HF_HOME, default\n"
                          "# ~/.cache/huggingface); set TRANSFORMERS_OFFLINE=1 to never download.\n"
                          "def _dlrepro_pretrained(loader, name, *args, **kwargs):\n"
                          "    cache = os.environ.get(\"HF_HOME\", os.path.join(os.path.expanduser(\"~\"), \".cache\", \"huggingface\"))\n"
                          "    try:\n"
                          "        return loader.from_pretrained(name, *args, **kwargs)\n"
                          "    except (OSError, ValueError) as error:  # not cached and the hub cannot be reached\n"
                          "        raise RuntimeError(f\"dlrepro: the pretrained {name!r} is not in the cache {cache} and cannot be \"\n"
                          "                           f\"downloaded here (offline?): {error}. Download it once with network access or copy \"\n"
                          "                           f\"it into that cache, then run again.\") from error\n"
                          "\n"
                          "\n"
                          "try:\n"
                          "    m = _dlrepro_pretrained(Fake, 'gpt2')\n"
                          "except RuntimeError as e:\n"
                          "    print('clear:', str(e).startswith('dlrepro: the pretrained'))\n")
        << true;

}

void TestModelDownload::proposal()
{
    QFETCH(QString, code);
    QFETCH(QString, prose);
    QFETCH(QString, expected);
    QFETCH(bool, runs);
    const Proposal p = propose(EditAction::DownloadingModels, code, prose);
    QCOMPARE(p.newCode, expected);
    QVERIFY(!p.rationale.isEmpty());
    const Proposal again = propose(EditAction::DownloadingModels, p.newCode, prose);
    QVERIFY2(!again.hasChanges(), qPrintable(again.newCode));
    if (runs) {
        if (torchPython().isEmpty())
            QSKIP("no Python with torch");
        QString out;
        QVERIFY2(runPython(p.newCode, &out) == 0, qPrintable(out));
    }
}

QTEST_GUILESS_MAIN(TestModelDownload)
#include "tst_modeldownload.moc"
