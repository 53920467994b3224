package org.presalesbridge.mocksap.standalone;

import java.util.List;
import java.util.Properties;

import com.sap.conn.jco.JCoContext;
import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoDestinationManager;
import com.sap.conn.jco.ext.DestinationDataEventListener;
import com.sap.conn.jco.ext.DestinationDataProvider;
import com.sap.conn.jco.ext.Environment;

import org.presalesbridge.mocksap.BapiCall;
import org.presalesbridge.mocksap.DocumentChange;
import org.presalesbridge.mocksap.NewDocument;

/**
 * An adapter-like client in a process of its own, for tests of several processes sharing one
 * standalone SAP. Arguments: system number, user, password, then
 * {@code create N PREFIX} (N quotations, each committed; prints each number) or
 * {@code hold NUMBER} (changes the quotation without committing, prints "holding", waits to be killed).
 */
public final class SapClient {

    private SapClient() {
    }

    public static void main(String[] args) throws Exception {
        Properties logon = new Properties();
        logon.setProperty(DestinationDataProvider.JCO_ASHOST, "127.0.0.1");
        logon.setProperty(DestinationDataProvider.JCO_SYSNR, args[0]);
        logon.setProperty(DestinationDataProvider.JCO_USER, args[1]);
        logon.setProperty(DestinationDataProvider.JCO_PASSWD, args[2]);
        logon.setProperty(DestinationDataProvider.JCO_PEAK_LIMIT, "4");
        Environment.registerDestinationDataProvider(new DestinationDataProvider() {
            @Override
            public Properties getDestinationProperties(String name) {
                return logon;
            }

            @Override
            public boolean supportsEvents() {
                return false;
            }

            @Override
            public void setDestinationDataEventListener(DestinationDataEventListener listener) {
                // fixed for the process's life
            }
        });
        JCoDestination sap = JCoDestinationManager.getDestination("SAP");
        switch (args[3]) {
            case "create" -> create(sap, Integer.parseInt(args[4]), args[5]);
            case "hold" -> hold(sap, args[4]);
            default -> throw new IllegalArgumentException("unknown command " + args[3]);
        }
    }

    private static void create(JCoDestination sap, int count, String prefix) throws Exception {
        for (int i = 1; i <= count; i++) {
            System.out.println(Luw.createAndCommit(sap, NewDocument.quotation().purchaseOrder(prefix + i)
                    .item("M-01", "1")));
        }
    }

    private static void hold(JCoDestination sap, String number) throws Exception {
        JCoContext.begin(sap);
        List<BapiCall.Message> messages = DocumentChange.quotation(number).header("PURCH_NO_C", "HELD")
                .execute(sap).messages();
        if (messages.stream().anyMatch(BapiCall.Message::isError)) {
            throw new IllegalStateException("SAP refused: " + messages);
        }
        System.out.println("holding");
        Thread.sleep(Long.MAX_VALUE); // until the test kills this process
    }
}
